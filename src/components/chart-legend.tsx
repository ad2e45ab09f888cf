export interface LegendItem {
  label: string;
  color: string;
  mark: 'line' | 'square';
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
          <span className={`legend-mark ${it.mark}`} style={{ background: it.color }} aria-hidden="true" />
          {it.label}
        </li>
      ))}
    </ul>
  );
}
