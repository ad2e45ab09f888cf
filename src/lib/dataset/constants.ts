// Plain values shared by the schema and the UI. Kept free of zod so the main bundle can use
// them while validation runs in a worker.

export const eventTypes = [
  'attack',
  'strike',
  'handover',
  'political',
  'dialogue',
  'troops',
  'operation',
] as const;

export const figureKeys = [
  'attacks',
  'rockets',
  'killed',
  'wounded',
  'troops',
  'valueUsd',
  'ammunitionRounds',
  'shipments',
  'vehicles',
  'bases',
] as const;

export const forces = ['us', 'coalition-other', 'coalition-total', 'foreign-total'] as const;

export const SCHEMA_VERSION = 1;

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether `s` has the shape of a partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const isPartialDateShape = (s: string) => PARTIAL_DATE.test(s);

/** Whether a `YYYY-MM-DD` string is a real calendar day (rejects 2021-02-30). Arithmetic,
 * not Date: it runs for every record of a 100,000-event file. */
export function isCalendarDay(s: string): boolean {
  if (!isPartialDateShape(s) || s.length !== 10) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d >= 1 && d <= days;
}

/** A valid partial date: the right shape and, for a full date, a real day. */
export const isPartialDate = (s: string) => isPartialDateShape(s) && (s.length < 10 || isCalendarDay(s));
