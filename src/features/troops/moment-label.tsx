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
  viewBox?: { x?: number; y?: number };
}

/** Labels alternate between two rows so moments a few days apart stay legible. */
export function MomentLabel({ text, row, edge, viewBox }: Props) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) - (row % 2 === 0 ? 4 : 17);
  return (
    <text x={x} y={y} textAnchor={edge} fontSize={10} fill="#4a5361">
      {text}
    </text>
  );
}
