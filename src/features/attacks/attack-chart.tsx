import './attacks.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { monthlyAttacks } from '../../lib/filters/aggregate';
import { useFilteredRows } from '../../lib/filters/use-filtered';
import { useTimeView } from '../../lib/hooks/use-time-view';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { LANGUAGES } from '../../lib/i18n/languages';
import { useElementSize } from '../../lib/hooks/use-element-size';
import { ViewSection } from '../../components/view-section';
import { ChartLegend } from '../../components/chart-legend';
import { AttackTable } from './attack-table';
import { PeriodNote } from './period-note';
import { attackSpan } from './months';
import { monthRange } from '../../lib/dates/partial-date';
import { monthTicks } from '../../lib/dates/axis';
import { noteLabel } from '../../components/note-label';
import { AttackBars } from './attack-bars';

const DATE_IGNORED = ['date'] as const;

export function AttackChart() {
  const { t } = useTranslation();
  const { data, index } = useLoadedDataset();
  const { lang, date, num } = useLocale();
  const { hasRange, lo, hi, setRange, selectedEvent, reversed } = useTimeView();
  const [ref, size] = useElementSize<HTMLDivElement>();
  // The bars show the whole span and follow every filter but the date, which they set.
  const rows = useFilteredRows(index, DATE_IGNORED);
  const span = useMemo(() => attackSpan(data), [data]);
  const { buckets, unplaced } = useMemo(() => monthlyAttacks(index, rows, span), [index, rows, span]);
  // An imported file's chart counts its events (of the types filtered), not attacks alone.
  const counts = data.meta.imported ? 'events' : 'attacks';
  const possible = useMemo(() => buckets.some((b) => b.possible > 0), [buckets]);
  // Fixed ticks: Recharts would otherwise measure every label in the DOM on each render.
  const ticks = useMemo(
    () =>
      monthTicks(
        buckets.map((b) => b.month),
        size.width,
        LANGUAGES[lang].monthLabelPx,
      ),
    [buckets, size.width, lang],
  );
  // Wide enough for the longest tick label: thousands of rockets need more than tens of attacks.
  const widths = useMemo(() => {
    const width = (max: number) => Math.max(40, 14 + 7 * num(Math.ceil(max * 1.25)).length);
    return {
      attacks: width(Math.max(0, ...buckets.map((b) => b.attacks + b.possible))),
      rockets: width(Math.max(0, ...buckets.map((b) => b.rockets))),
    };
  }, [buckets, num]);
  const selMonth = selectedEvent ? selectedEvent.date.slice(0, 7) : null;
  const cursorMonth = useViewStore((s) => s.at?.slice(0, 7) ?? null);
  const notes = useViewStore((s) => s.notes);
  const range = useMemo(() => (hasRange ? { lo, hi } : null), [hasRange, lo, hi]);

  return (
    <ViewSection
      title={t(counts === 'events' ? 'attacks.titleEvents' : 'attacks.title')}
      className="attacks"
      view="attacks"
    >
      <p className="hint no-export">{t('attacks.clickHint')}</p>
      <div className="chart-box" ref={ref}>
        {size.width > 0 && (
          <BarChart
            width={size.width}
            height={size.height}
            data={buckets}
            margin={{ top: 8, right: 8, bottom: 4, left: 8 }}
            onClick={(e) => {
              const i = Number(e?.activeTooltipIndex);
              const b = Number.isInteger(i) ? buckets[i] : undefined;
              if (b) setRange(...monthRange(b.month));
            }}
          >
            <CartesianGrid stroke="#e6e9ee" vertical={false} />
            <XAxis
              dataKey="month"
              reversed={reversed}
              tickFormatter={(m: string) => date(m, true)}
              tick={{ fontSize: 11 }}
              ticks={ticks}
              interval={0}
            />
            <YAxis
              yAxisId="attacks"
              orientation={reversed ? 'right' : 'left'}
              allowDecimals={false}
              interval={0}
              width={widths.attacks}
              includeHidden
              tickFormatter={(v: number) => num(v)}
              tick={{ fontSize: 11 }}
            />
            <YAxis
              yAxisId="rockets"
              // An imported file has no rocket counts: no empty axis for them.
              hide={counts === 'events'}
              orientation={reversed ? 'left' : 'right'}
              allowDecimals={false}
              interval={0}
              width={widths.rockets}
              includeHidden
              tickFormatter={(v: number) => num(v)}
              tick={{ fontSize: 11, fill: '#a4661c' }}
            />
            {selMonth && (
              <ReferenceLine yAxisId="attacks" x={selMonth} stroke="var(--focus)" strokeWidth={3} />
            )}
            {notes.map((n, k) => (
              <ReferenceLine
                key={n.id}
                yAxisId="attacks"
                x={n.from.slice(0, 7)}
                stroke="var(--note)"
                strokeDasharray="2 2"
                className="note-mark"
                label={noteLabel(num(k + 1))}
              />
            ))}
            {cursorMonth && (
              <ReferenceLine
                yAxisId="attacks"
                x={cursorMonth}
                stroke="var(--cursor)"
                strokeWidth={3}
                className="cursor-line"
              />
            )}
            {/* Hidden: they give the axes their domains and the tooltip its rows; AttackBars draws. */}
            <Bar
              yAxisId="attacks"
              dataKey="attacks"
              stackId="attacks"
              name={t(counts === 'events' ? 'attacks.events' : 'attacks.attacks')}
              fill="var(--attack)"
              hide
            />
            {possible && (
              <Bar
                yAxisId="attacks"
                dataKey="possible"
                stackId="attacks"
                name={t('attacks.possible')}
                fill="var(--attack)"
                hide
              />
            )}
            <Bar yAxisId="rockets" dataKey="rockets" name={t('attacks.rockets')} fill="var(--rocket)" hide />
            <AttackBars buckets={buckets} range={range} reversed={reversed} />
            <Tooltip
              includeHidden
              labelFormatter={(m) => date(String(m))}
              formatter={(v, name) => [num(Number(v)), name]}
              cursor={{ fill: 'rgb(31 95 168 / 0.08)' }}
            />
          </BarChart>
        )}
      </div>
      <ChartLegend
        items={[
          {
            label: t(counts === 'events' ? 'attacks.events' : 'attacks.attacks'),
            color: 'var(--attack)',
            mark: 'square',
          },
          ...(possible
            ? [{ label: t('attacks.possible'), color: 'var(--attack)', mark: 'hatch' as const }]
            : []),
          ...(counts === 'attacks'
            ? [{ label: t('attacks.rockets'), color: 'var(--rocket)', mark: 'square' as const }]
            : []),
        ]}
      />
      <PeriodNote claims={data.periodClaims} unplaced={unplaced} />
      <AttackTable buckets={buckets} counts={counts} />
    </ViewSection>
  );
}
