import { useReason } from '../lib/hooks/use-reason';
import type { Check } from '../lib/dataset/check-reason';

/**
 * Why a file could not be read, in the reader's language where Drawdown has the words (see
 * useReason); in English, or the browser's own words, read left to right.
 */
export function Reason({ text, check }: { text: string; check?: Check }) {
  const r = useReason(text, check);
  if (!r) return null;
  return r.said ? <span>{r.text}</span> : <span dir="ltr">{r.text}</span>;
}
