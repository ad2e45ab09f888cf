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

/** A diverging scale for a change: greens for fewer events after the anchor, reds for more. */
export const CHANGE_COLORS = [
  '#1a7f5a',
  '#7cc4a3',
  '#d5ede2',
  '#f2f2f2',
  '#f6d2cc',
  '#e3806f',
  '#b23a2e',
] as const;

/** The class of a change on CHANGE_COLORS: 3 is no change; ±1…3 by thirds of the largest change. */
export function changeClass(change: number, maxAbs: number): number {
  if (change === 0 || maxAbs === 0) return 3;
  const step = Math.min(3, Math.max(1, Math.ceil((Math.abs(change) / maxAbs) * 3)));
  return change > 0 ? 3 + step : 3 - step;
}
