/** Colour classes for events per governorate: none, then up to five steps of blue. */
export const CLASS_COLORS = ['#eef1f4', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

/** Upper bounds of the classes for a maximum count: 0 | 1 | … | max, at most five non-zero classes. */
export function classBreaks(max: number): number[] {
  if (max <= 0) return [0];
  if (max <= 5) return Array.from({ length: max + 1 }, (_, i) => i);
  const step = max / 5;
  const out = [0];
  for (let i = 1; i <= 5; i++) out.push(Math.max(out[i - 1]! + 1, Math.round(step * i)));
  return out;
}

export function classOf(count: number, breaks: readonly number[]): number {
  if (count <= 0) return 0;
  for (let i = 1; i < breaks.length; i++) if (count <= breaks[i]!) return i;
  return breaks.length - 1;
}
