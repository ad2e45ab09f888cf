import { across } from '../../lib/dates/axis';

/** Which way a reference-line label should run so it stays inside the plot. */
export function edgeOf(day: number, domain: [number, number], reversed: boolean): 'start' | 'middle' | 'end' {
  const x = across(day, domain, reversed);
  return x > 0.85 ? 'end' : x < 0.15 ? 'start' : 'middle';
}

type Edge = ReturnType<typeof edgeOf>;

/**
 * Rows of labels above the plot, at most: one for each of the curated record's four key
 * moments, which fall within two years and so into a few pixels on a long span (a file's
 * troop levels since 2007). With three rows, two of them there ran into each other. A dataset
 * with more moments shares rows (see labelRows). The top margin grows with the rows used.
 */
export const MAX_ROWS = 4;
/** The height of a row of labels, in pixels: 10 px text's line, so no two rows' boxes meet. */
export const ROW_HEIGHT = 14;

/**
 * A row for each moment's label, so that no two on a row overlap: left to right, each takes
 * the lowest row with room, the least crowded when none has (more than MAX_ROWS moments in a
 * few pixels). `x` is where each label is anchored, in pixels across the plot. Widths are
 * estimated at 0.6 em a character, a little over the labels' font: close enough to keep them
 * apart without measuring text.
 */
export function labelRows(
  labels: readonly { x: number; text: string; edge: Edge }[],
  fontSize = 10,
): number[] {
  const gap = 6;
  const span = ({ x, text, edge }: (typeof labels)[number]) => {
    const w = text.length * fontSize * 0.6;
    return edge === 'start' ? [x, x + w] : edge === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
  };
  const ends: number[] = [];
  const rows = new Array<number>(labels.length);
  const order = labels.map((_, k) => k).sort((a, b) => span(labels[a]!)[0]! - span(labels[b]!)[0]!);
  for (const k of order) {
    const [left, right] = span(labels[k]!) as [number, number];
    let row = ends.findIndex((end) => end + gap <= left);
    if (row < 0) row = ends.length < MAX_ROWS ? ends.length : ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row] ?? -Infinity, right);
    rows[k] = row;
  }
  return rows;
}

interface Props {
  text: string;
  row: number;
  edge: 'start' | 'middle' | 'end';
  /** SVG anchors follow the text's direction: for Arabic, "start" is the right-hand end. */
  rtl: boolean;
  viewBox?: { x?: number; y?: number };
}

const FLIP = { start: 'end', end: 'start' } as const;

/** A moment's label above the plot, on its row (see labelRows). */
export function MomentLabel({ text, row, edge, rtl, viewBox }: Props) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) - 4 - row * ROW_HEIGHT;
  return (
    <text x={x} y={y} textAnchor={rtl && edge !== 'middle' ? FLIP[edge] : edge} fontSize={10} fill="#4a5361">
      {text}
    </text>
  );
}
