import { memo } from 'react';
import { useXAxisScale, useYAxisScale, type ScaleFunction } from 'recharts';
import type { MonthBucket } from '../../lib/filters/aggregate';
import { monthInRange } from '../../lib/dates/partial-date';

type Series = 'attacks' | 'rockets';
const SERIES: readonly Series[] = ['attacks', 'rockets'];

/** Rectangles as one path's data, "M x y h w v h h -w Z" each. */
type Paths = Record<Series | 'possible', { inRange: string; outside: string }>;

/**
 * The path data of every bar: each series in two paths, one for the months inside the date
 * range and one (dimmed) for those outside. Pure, for a unit test.
 */
export function barPaths(
  buckets: readonly MonthBucket[],
  x: ScaleFunction,
  y: Record<Series, ScaleFunction>,
  range: { lo: number; hi: number } | null,
  reversed: boolean,
): Paths {
  const out: Paths = {
    attacks: { inRange: '', outside: '' },
    rockets: { inRange: '', outside: '' },
    possible: { inRange: '', outside: '' },
  };
  const rect = (x: number, w: number, top: number, bottom: number) =>
    `M${x.toFixed(1)} ${top.toFixed(1)}h${w.toFixed(1)}V${bottom.toFixed(1)}h${(-w).toFixed(1)}Z`;
  for (const b of buckets) {
    const a = x(b.month, { position: 'start' });
    const z = x(b.month, { position: 'end' });
    if (a === undefined || z === undefined) continue;
    const left = Math.min(a, z);
    const band = Math.abs(z - a);
    // Recharts' defaults: a 10% gap on each side of the band and 4 px between the two bars.
    const w = Math.max(1, (band * 0.8 - 4) / 2);
    const inRange = !range || monthInRange(b.month, range.lo, range.hi);
    const put = (s: keyof Paths, d: string) => {
      if (inRange) out[s].inRange += d;
      else out[s].outside += d;
    };
    SERIES.forEach((s, k) => {
      // The first series sits where the reader starts: on the right in Arabic.
      const slot = reversed ? 1 - k : k;
      const bx = left + band * 0.1 + slot * (w + 4);
      const zero = y[s](0);
      const top = y[s](b[s]);
      if (zero === undefined || top === undefined) return;
      if (b[s]) put(s, rect(bx, w, top, zero));
      // The attacks that may fall in this month, stacked on those that certainly do.
      if (s === 'attacks' && b.possible) {
        const upper = y[s](b.attacks + b.possible);
        if (upper !== undefined) put('possible', rect(bx, w, upper, top));
      }
    });
  }
  return out;
}

interface Props {
  buckets: readonly MonthBucket[];
  range: { lo: number; hi: number } | null;
  reversed: boolean;
}

/**
 * The bars, drawn as four paths on Recharts' own scales. Recharts draws each bar as a
 * component of its own and re-mounts it whenever its value changes: with 100 months that
 * was most of a filter change's time. Hover, tooltip and axes stay Recharts'.
 */
export const AttackBars = memo(function AttackBars({ buckets, range, reversed }: Props) {
  const x = useXAxisScale();
  const attacks = useYAxisScale('attacks');
  const rockets = useYAxisScale('rockets');
  if (!x || !attacks || !rockets) return null;
  const paths = barPaths(buckets, x, { attacks, rockets }, range, reversed);
  return (
    <g className="attack-bars">
      <defs>
        <pattern
          id="possible-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="var(--attack)" fillOpacity={0.18} />
          <rect width="2.5" height="6" fill="var(--attack)" />
        </pattern>
      </defs>
      {SERIES.map((s) => (
        <g key={s} fill={`var(--${s === 'attacks' ? 'attack' : 'rocket'})`}>
          <path d={paths[s].inRange} />
          <path d={paths[s].outside} fillOpacity={0.25} />
        </g>
      ))}
      <g fill="url(#possible-hatch)" className="possible-band">
        <path d={paths.possible.inRange} />
        <path d={paths.possible.outside} fillOpacity={0.4} />
      </g>
    </g>
  );
});
