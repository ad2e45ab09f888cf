import { memo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartRow } from './layer-series';

export interface CountLine {
  key: string;
  upperKey: string;
  color: string;
}

/**
 * The count layers' lines, drawn as plain paths on Recharts' scales: the weeks wholly in each
 * month solid, with the straddling weeks added dashed. Recharts' own Line measures its path
 * (getTotalLength) on every update, most of a filter change's time with two layers.
 */
export const CountLines = memo(function CountLines({
  rows,
  lines,
}: {
  rows: readonly ChartRow[];
  lines: readonly CountLine[];
}) {
  const x = useXAxisScale();
  const y = useYAxisScale('attacks');
  if (!x || !y || !lines.length) return null;
  const path = (key: string) => {
    let d = '';
    for (const r of rows) {
      const a = x(r.month, { position: 'start' });
      const z = x(r.month, { position: 'end' });
      const top = y(Number(r[key] ?? 0));
      if (a === undefined || z === undefined || top === undefined) continue;
      d += `${d ? 'L' : 'M'}${((a + z) / 2).toFixed(1)} ${top.toFixed(1)}`;
    }
    return d;
  };
  return (
    <g className="count-lines" fill="none">
      {lines.map((l) => (
        <g key={l.key} stroke={l.color}>
          <path className="count-line" d={path(l.key)} strokeWidth={2} />
          <path className="count-line upper" d={path(l.upperKey)} strokeWidth={1.5} strokeDasharray="4 3" />
        </g>
      ))}
    </g>
  );
});
