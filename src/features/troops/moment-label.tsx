/** Which way a reference-line label should run so it stays inside the plot. */
export function edgeOf(day: number, domain: [number, number], reversed: boolean): 'start' | 'middle' | 'end' {
  const f = (day - domain[0]) / Math.max(1, domain[1] - domain[0]);
  const x = reversed ? 1 - f : f;
  return x > 0.85 ? 'end' : x < 0.15 ? 'start' : 'middle';
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

/** Labels alternate between two rows so moments a few days apart stay legible. */
export function MomentLabel({ text, row, edge, rtl, viewBox }: Props) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) - (row % 2 === 0 ? 4 : 17);
  return (
    <text x={x} y={y} textAnchor={rtl && edge !== 'middle' ? FLIP[edge] : edge} fontSize={10} fill="#4a5361">
      {text}
    </text>
  );
}
