import { monthIndex, monthKey } from '../../src/lib/dates/partial-date';

/** Every month from `first` to `last` inclusive, "YYYY-MM": an independent list for tests. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = monthIndex(first); m <= monthIndex(last); m++) out.push(monthKey(m));
  return out;
}
