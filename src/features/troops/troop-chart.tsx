import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposedChart, Line, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { dateById } from '../../lib/dataset/indexes';
import { dayToIso, isoToDay, plotDay } from '../../lib/dates/partial-date';
import { useTimeView } from '../../lib/hooks/use-time-view';
import { useCursor } from '../../lib/hooks/use-cursor';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { isRtl, LANGUAGES } from '../../lib/i18n/languages';
import { useElementSize } from '../../lib/hooks/use-element-size';
import { useLater } from '../../lib/hooks/use-later';
import { useDragRange } from '../../lib/hooks/use-drag-range';
import { across, dayTicks, pixelToDay } from '../../lib/dates/axis';
import { ViewSection } from '../../components/view-section';
import { ChartLegend } from '../../components/chart-legend';
import { ChartGrid, TICK, UnmeasuredCurve } from '../../components/chart-frame';
import { momentDays, troopSeries, type TroopPoint } from './troop-series';
import { TroopDot } from './troop-dot';
import { MomentLabel, ROW_HEIGHT, edgeOf, labelRows } from './moment-label';
import { TroopTable } from './troop-table';
import { TroopTooltip } from './troop-tooltip';
import { EventRug } from './event-rug';
import { useRug } from './use-rug';
import { isolate } from '../../lib/format';
import { noteLabel } from '../../components/note-label';
import './troops.css';

const COLORS = {
  us: 'var(--us)',
  'coalition-other': 'var(--coalition)',
  'coalition-total': '#0f7a8a',
  'foreign-total': 'var(--foreign)',
};
/** `top` grows by a row for each row of the moments' labels, two at least (see labelRows). */
const MARGIN = { top: 8, right: 14, bottom: 4, left: 14 };
const Y_WIDTH = 52;

export function TroopChart() {
  const { t } = useTranslation();
  const { data, index } = useLoadedDataset();
  const { lang, date, num, text } = useLocale();
  const { hasRange, lo, hi, setRange, selectedEvent, reversed } = useTimeView();
  const [ref, size] = useElementSize<HTMLDivElement>();

  const series = useMemo(() => troopSeries(data.troopLevels), [data]);
  // Imported events of the filtered types, marked along the time axis, layer by layer.
  const { rug, domain } = useRug(data);
  const moments = useMemo(() => momentDays(data.meta.moments, dateById(index)), [data, index]);
  const yLabelPosition = reversed ? 'insideRight' : 'insideLeft';
  const plotLeft = MARGIN.left + (reversed ? 0 : Y_WIDTH);
  const plotWidth = Math.max(1, size.width - MARGIN.left - MARGIN.right - Y_WIDTH);
  // As many labels as fit: over a long span (a file's troop levels since 2007), half-yearly
  // ones ran into each other; in Arabic at 1280 px they touched.
  const ticks = useMemo(() => {
    const start = reversed ? MARGIN.right + Y_WIDTH : plotLeft;
    return dayTicks(domain, size.width, LANGUAGES[lang], {
      before: start,
      after: size.width - start - plotWidth,
    });
  }, [domain, size.width, lang, reversed, plotLeft, plotWidth]);
  // The moments' labels in rows, so that none runs into another on a narrow chart.
  const labels = useMemo(
    () =>
      moments.map((m) => ({
        ...m,
        edge: edgeOf(m.day, domain, reversed),
        text: text(m.label),
        x: across(m.day, domain, reversed) * plotWidth,
      })),
    [moments, domain, reversed, plotWidth, text],
  );
  const rows = useMemo(() => labelRows(labels), [labels]);
  const margin = useMemo(
    () => ({ ...MARGIN, top: MARGIN.top + ROW_HEIGHT * (Math.max(1, ...rows) + 1) }),
    [rows],
  );
  const { drag, handlers } = useDragRange((a, b) => {
    const d1 = pixelToDay(a - plotLeft, plotWidth, domain, reversed);
    const d2 = pixelToDay(b - plotLeft, plotWidth, domain, reversed);
    setRange(dayToIso(Math.min(d1, d2)), dayToIso(Math.max(d1, d2)));
  });
  // The same elements while only the range or selection moves: Recharts then skips the
  // lines, which otherwise re-measure their paths on every render.
  const lines = useMemo(
    () =>
      series.map((s) => (
        <Line
          key={s.force}
          data={s.points}
          dataKey="count"
          name={t(`forces.${s.force}`)}
          type="stepAfter"
          stroke={COLORS[s.force]}
          strokeWidth={2}
          isAnimationActive={false}
          shape={UnmeasuredCurve}
          dot={(p: { cx?: number; cy?: number; payload?: TroopPoint; index?: number }) => (
            <TroopDot key={p.index} cx={p.cx} cy={p.cy} point={p.payload} color={COLORS[s.force]} />
          )}
        />
      )),
    [series, t],
  );
  const selDay = selectedEvent ? plotDay(selectedEvent.date) : null;
  const cursor = useCursor();
  const notes = useViewStore((s) => s.notes);
  const shade = hasRange ? [Math.max(domain[0], lo), Math.min(domain[1], hi)] : null;
  const height = Math.max(0, size.height);
  // The chart's frame, marks and tooltip as the same elements from render to render: Recharts
  // registers each child in its store again whenever it re-renders (a reference line on every
  // render), and a filter change re-renders the chart for the range shade alone.
  const frame = useMemo(
    () => (
      <>
        <ChartGrid />
        <XAxis
          type="number"
          dataKey="day"
          domain={domain}
          ticks={ticks.ticks}
          interval={0}
          reversed={reversed}
          allowDuplicatedCategory={false}
          tickFormatter={(d: number) =>
            ticks.years ? date(dayToIso(d).slice(0, 4)) : date(dayToIso(d).slice(0, 7), true)
          }
          tick={TICK}
        />
        <YAxis
          width={Y_WIDTH}
          interval={0}
          orientation={reversed ? 'right' : 'left'}
          tickFormatter={(v: number) => num(v)}
          tick={TICK}
          label={{
            value: t('troops.axis'),
            angle: -90,
            position: yLabelPosition,
            fontSize: 11,
            dy: 20,
          }}
        />
      </>
    ),
    [domain, ticks, reversed, date, num, t, yLabelPosition],
  );
  const momentLines = useMemo(
    () => (
      <>
        {labels.map((m, k) => (
          <ReferenceLine
            key={m.id}
            x={m.day}
            stroke="#8a94a3"
            strokeDasharray="3 3"
            label={<MomentLabel text={m.text} row={rows[k]!} edge={m.edge} rtl={isRtl(lang)} />}
          />
        ))}
      </>
    ),
    [labels, rows, lang],
  );
  const noteMarks = useMemo(
    () => (
      <>
        {notes.map((n, k) =>
          n.to ? (
            <ReferenceArea
              key={n.id}
              x1={Math.max(domain[0], isoToDay(n.from))}
              x2={Math.min(domain[1], isoToDay(n.to))}
              fill="var(--note)"
              fillOpacity={0.1}
              className="note-mark"
              label={noteLabel(num(k + 1))}
            />
          ) : (
            <ReferenceLine
              key={n.id}
              x={isoToDay(n.from)}
              stroke="var(--note)"
              strokeDasharray="2 2"
              className="note-mark"
              label={noteLabel(num(k + 1))}
            />
          ),
        )}
      </>
    ),
    [notes, domain, num],
  );
  const tooltip = useMemo(() => <Tooltip content={<TroopTooltip />} />, []);
  const later = useLater();

  return (
    <ViewSection title={t('troops.title')} className="troops" view="troops">
      <p className="hint no-export">{t('troops.brushHint')}</p>
      {data.meta.imported && <p className="hint">{t('import.troopsReference')}</p>}
      <div className="chart-box" ref={ref} {...handlers}>
        {size.width > 0 && (
          <ComposedChart width={size.width} height={height} margin={margin}>
            {frame}
            {shade && <ReferenceArea x1={shade[0]} x2={shade[1]} fill="var(--accent)" fillOpacity={0.1} />}
            {later && momentLines}
            {selDay !== null && <ReferenceLine x={selDay} stroke="var(--focus)" strokeWidth={3} />}
            {cursor && cursor.from < cursor.day && (
              <ReferenceArea
                x1={Math.max(domain[0], cursor.from)}
                x2={Math.min(domain[1], cursor.day)}
                fill="var(--cursor)"
                fillOpacity={0.12}
              />
            )}
            {cursor && (
              <ReferenceLine x={cursor.day} stroke="var(--cursor)" strokeWidth={2} className="cursor-line" />
            )}
            {later && noteMarks}
            {lines}
            {later && <EventRug layers={rug} domain={domain} />}
            {later && tooltip}
          </ComposedChart>
        )}
        {drag && (
          <div
            className="brush-selection"
            aria-hidden="true"
            // Pixel offsets from the pointer are physical, whatever the reading direction.
            style={{ left: Math.min(drag.x0, drag.x1), width: Math.abs(drag.x1 - drag.x0) }}
          />
        )}
      </div>
      <ChartLegend
        items={series.map((x) => ({
          label: t(`forces.${x.force}`),
          color: COLORS[x.force],
          mark: 'line' as const,
        }))}
      />
      <div className="marks-legend">
        <span>
          <span className="mark-approx" aria-hidden="true" /> {t('troops.approximate')}
        </span>
        <span>
          <span className="mark-target" aria-hidden="true" /> {t('troops.announced')}
        </span>
      </div>
      {rug.length > 0 && (
        <ChartLegend
          items={rug.map((l) => ({
            label: t('troops.rug', { layer: isolate(text(l.name)) }),
            color: l.color,
            mark: 'tick' as const,
          }))}
        />
      )}
      <TroopTable series={series} />
    </ViewSection>
  );
}
