export interface LegendItem {
  label: string;
  color: string;
  /** A hatched square marks a band of what may, not certainly, be so. */
  mark: 'line' | 'dashed' | 'square' | 'hatch' | 'tick';
}

/**
 * A chart legend in plain HTML. Recharts' own legend measures itself after every render,
 * forcing a layout on each filter change; this one flows with the text direction for free.
 */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((it) => (
        <li key={it.label}>
          <span
            className={`legend-mark ${it.mark}`}
            style={
              it.mark === 'hatch'
                ? { background: `repeating-linear-gradient(45deg, ${it.color} 0 2px, transparent 2px 5px)` }
                : it.mark === 'dashed'
                  ? { background: `repeating-linear-gradient(90deg, ${it.color} 0 4px, transparent 4px 7px)` }
                  : { background: it.color }
            }
            aria-hidden="true"
          />
          {it.label}
        </li>
      ))}
    </ul>
  );
}
