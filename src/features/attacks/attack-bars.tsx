import { memo } from 'react';
import { useXAxisScale, useYAxisScale, type ScaleFunction } from 'recharts';
import { monthInRange } from '../../lib/dates/partial-date';
import type { ChartRow, BarSeries } from './layer-series';

/** Rectangles as one path's data, "M x y h w v h h -w Z" each, inside and outside the range. */
interface SeriesPaths {
  inRange: string;
  outside: string;
  possibleIn: string;
  possibleOut: string;
}

/**
 * The path data of every bar: side by side in each month, in series order from where the
 * reader starts (the right in Arabic); each series in two paths, the months inside the date
 * range and (dimmed) those outside; a series' possible band stacked on its certain bar.
 * Pure, for a unit test.
 */
export function barPaths(
  rows: readonly ChartRow[],
  series: readonly BarSeries[],
  x: ScaleFunction,
  y: Record<BarSeries['axis'], ScaleFunction>,
  range: { lo: number; hi: number } | null,
  reversed: boolean,
): SeriesPaths[] {
  const out = series.map(() => ({ inRange: '', outside: '', possibleIn: '', possibleOut: '' }));
  const n = series.length;
  const rect = (x: number, w: number, top: number, bottom: number) =>
    `M${x.toFixed(1)} ${top.toFixed(1)}h${w.toFixed(1)}V${bottom.toFixed(1)}h${(-w).toFixed(1)}Z`;
  for (const b of rows) {
    const a = x(b.month, { position: 'start' });
    const z = x(b.month, { position: 'end' });
    if (a === undefined || z === undefined) continue;
    const left = Math.min(a, z);
    const band = Math.abs(z - a);
    // Recharts' defaults: a 10% gap on each side of the band and 4 px between bars.
    const w = Math.max(1, (band * 0.8 - 4 * (n - 1)) / n);
    const inRange = !range || monthInRange(b.month, range.lo, range.hi);
    series.forEach((s, k) => {
      const slot = reversed ? n - 1 - k : k;
      const bx = left + band * 0.1 + slot * (w + 4);
      const scale = y[s.axis];
      const value = Number(b[s.key] ?? 0);
      const zero = scale(0);
      const top = scale(value);
      if (zero === undefined || top === undefined) return;
      if (value) out[k]![inRange ? 'inRange' : 'outside'] += rect(bx, w, top, zero);
      const possible = s.possibleKey ? Number(b[s.possibleKey] ?? 0) : 0;
      if (possible) {
        const upper = scale(value + possible);
        if (upper !== undefined) out[k]![inRange ? 'possibleIn' : 'possibleOut'] += rect(bx, w, upper, top);
      }
    });
  }
  return out;
}

interface Props {
  rows: readonly ChartRow[];
  series: readonly BarSeries[];
  range: { lo: number; hi: number } | null;
  reversed: boolean;
}

/**
 * The bars, drawn as a few paths on Recharts' own scales. Recharts draws each bar as a
 * component of its own and re-mounts it whenever its value changes: with 100 months that
 * was most of a filter change's time. Hover, tooltip and axes stay Recharts'.
 */
export const AttackBars = memo(function AttackBars({ rows, series, range, reversed }: Props) {
  const x = useXAxisScale();
  const attacks = useYAxisScale('attacks');
  const rockets = useYAxisScale('rockets');
  // An axis with no series on it (rockets, for an imported file) has no scale.
  if (!x || !attacks || (!rockets && series.some((s) => s.axis === 'rockets'))) return null;
  const paths = barPaths(rows, series, x, { attacks, rockets: rockets ?? attacks }, range, reversed);
  return (
    <g className="attack-bars">
      <defs>
        {series.map((s, k) => (
          <pattern
            key={s.key}
            id={`possible-hatch-${k}`}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={s.color} fillOpacity={0.18} />
            <rect width="2.5" height="6" fill={s.color} />
          </pattern>
        ))}
      </defs>
      {series.map((s, k) => (
        <g key={s.key} className={`bars-${s.key}`}>
          <g fill={s.color}>
            <path d={paths[k]!.inRange} />
            <path d={paths[k]!.outside} fillOpacity={0.25} />
          </g>
          <g fill={`url(#possible-hatch-${k})`} className="possible-band">
            <path d={paths[k]!.possibleIn} />
            <path d={paths[k]!.possibleOut} fillOpacity={0.4} />
          </g>
        </g>
      ))}
    </g>
  );
});
