import './attacks.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { useTimeView } from '../../lib/hooks/use-time-view';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { LANGUAGES } from '../../lib/i18n/languages';
import { useElementSize } from '../../lib/hooks/use-element-size';
import { useLater } from '../../lib/hooks/use-later';
import { ViewSection } from '../../components/view-section';
import { ChartLegend } from '../../components/chart-legend';
import { ChartGrid, ROCKET_TICK, TICK } from '../../components/chart-frame';
import { AttackTable } from './attack-table';
import { PeriodNote } from './period-note';
import { monthRange } from '../../lib/dates/partial-date';
import { axisTicks } from '../../lib/dates/axis';
import { noteLabel } from '../../components/note-label';
import { AttackBars } from './attack-bars';
import { CountLines } from './count-lines';
import { useChartSeries } from './use-chart-series';

const DATE_IGNORED = ['date'] as const;
const MARGIN = { top: 8, right: 8, bottom: 4, left: 8 };

export function AttackChart() {
  const { t } = useTranslation();
  const { data } = useLoadedDataset();
  const { lang, date, num } = useLocale();
  const { hasRange, lo, hi, setRange, selectedEvent, reversed } = useTimeView();
  const [ref, size] = useElementSize<HTMLDivElement>();
  // The bars show the whole span and follow every filter but the date, which they set.
  const { rows, bars, lines, hidden, legend, counts, unplaced, layered, table } =
    useChartSeries(DATE_IGNORED);
  // Wide enough for the longest tick label: thousands of rockets need more than tens of attacks.
  const widths = useMemo(() => {
    const width = (max: number) => Math.max(40, 14 + 7 * num(Math.ceil(max * 1.25)).length);
    let events = 0;
    let rockets = 0;
    for (const r of rows) {
      for (const b of hidden) if (b.axis === 'attacks') events = Math.max(events, b.top(r));
      rockets = Math.max(rockets, Number(r.rockets));
      for (const l of lines) events = Math.max(events, Number(r[l.upperKey]));
    }
    return { attacks: width(events), rockets: width(rockets) };
  }, [rows, hidden, lines, num]);
  const rocketAxis = bars.some((b) => b.axis === 'rockets');
  // Fixed ticks: Recharts would otherwise measure every label in the DOM on each render.
  const ticks = useMemo(() => {
    // The first month sits beside the attacks axis (at the right in Arabic); the rockets
    // axis, when drawn, beside the last.
    const [first, last] = reversed ? [MARGIN.right, MARGIN.left] : [MARGIN.left, MARGIN.right];
    const before = first + widths.attacks;
    const after = last + (rocketAxis ? widths.rockets : 0);
    return axisTicks(
      rows.map((b) => b.month),
      size.width,
      LANGUAGES[lang],
      { before, after },
    );
  }, [rows, size.width, lang, widths, rocketAxis, reversed]);
  const selMonth = selectedEvent ? selectedEvent.date.slice(0, 7) : null;
  const cursorMonth = useViewStore((s) => s.at?.slice(0, 7) ?? null);
  const notes = useViewStore((s) => s.notes);
  const range = useMemo(() => (hasRange ? { lo, hi } : null), [hasRange, lo, hi]);
  // Axes, hidden series, marks and tooltip as the same elements while only the range or the
  // cursor moves: Recharts registers each child in its store again whenever it re-renders.
  const axes = useMemo(
    () => (
      <>
        <ChartGrid />
        <XAxis
          dataKey="month"
          reversed={reversed}
          tickFormatter={(m: string) => (ticks.years ? date(m.slice(0, 4)) : date(m, true))}
          tick={TICK}
          ticks={ticks.ticks}
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
          tick={TICK}
        />
        <YAxis
          yAxisId="rockets"
          // Only rockets are another unit: without them, no second axis.
          hide={!rocketAxis}
          orientation={reversed ? 'left' : 'right'}
          allowDecimals={false}
          interval={0}
          width={widths.rockets}
          includeHidden
          tickFormatter={(v: number) => num(v)}
          tick={ROCKET_TICK}
        />
      </>
    ),
    [reversed, date, ticks, widths, num, rocketAxis],
  );
  const noteMarks = useMemo(
    () => (
      <>
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
      </>
    ),
    [notes, num],
  );
  const hiddenBars = useMemo(
    () => (
      <>
        {/* Hidden: they give the axes their domains and the tooltip its rows; AttackBars draws. */}
        {hidden.map((b) => (
          <Bar
            key={b.dataKey}
            yAxisId={b.axis}
            dataKey={b.dataKey}
            stackId={b.stack}
            name={b.name}
            fill={b.color}
            hide
          />
        ))}
      </>
    ),
    [hidden],
  );
  const hiddenLines = useMemo(
    () => (
      <>
        {/* Hidden too: the tooltip's rows and the axis' domain; CountLines draws. */}
        {lines
          .flatMap((l) => [
            { key: l.key, name: l.name, color: l.color },
            { key: l.upperKey, name: l.upperName, color: l.color },
          ])
          .map((l) => (
            <Line
              key={l.key}
              yAxisId="attacks"
              dataKey={l.key}
              name={l.name}
              stroke={l.color}
              hide
              isAnimationActive={false}
            />
          ))}
      </>
    ),
    [lines],
  );
  const tooltip = useMemo(
    () => (
      <>
        <Tooltip
          includeHidden
          labelFormatter={(m) => date(String(m))}
          formatter={(v, name) => [num(Number(v)), name]}
          cursor={{ fill: 'rgb(31 95 168 / 0.08)' }}
        />
      </>
    ),
    [date, num],
  );
  const later = useLater();

  return (
    <ViewSection
      title={t(
        layered ? 'attacks.titleLayers' : counts === 'events' ? 'attacks.titleEvents' : 'attacks.title',
      )}
      className="attacks"
      view="attacks"
    >
      <p className="hint no-export">{t('attacks.clickHint')}</p>
      <div className="chart-box" ref={ref}>
        {size.width > 0 && (
          <ComposedChart
            width={size.width}
            height={size.height}
            data={rows}
            margin={MARGIN}
            onClick={(e) => {
              const i = Number(e?.activeTooltipIndex);
              const b = Number.isInteger(i) ? rows[i] : undefined;
              if (b) setRange(...monthRange(b.month));
            }}
          >
            {axes}
            {selMonth && (
              <ReferenceLine yAxisId="attacks" x={selMonth} stroke="var(--focus)" strokeWidth={3} />
            )}
            {later && noteMarks}
            {cursorMonth && (
              <ReferenceLine
                yAxisId="attacks"
                x={cursorMonth}
                stroke="var(--cursor)"
                strokeWidth={3}
                className="cursor-line"
              />
            )}
            {hiddenBars}
            <AttackBars rows={rows} series={bars} range={range} reversed={reversed} />
            {hiddenLines}
            <CountLines rows={rows} lines={lines} />
            {later && tooltip}
          </ComposedChart>
        )}
      </div>
      <ChartLegend items={legend} />
      <PeriodNote claims={data.periodClaims} unplaced={unplaced} />
      <AttackTable
        rows={rows}
        columns={table}
        caption={t(
          layered
            ? 'attacks.tableCaptionLayers'
            : counts === 'events'
              ? 'attacks.tableCaptionEvents'
              : 'attacks.tableCaption',
        )}
      />
    </ViewSection>
  );
}
