import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useLoadedDataset } from '../../lib/dataset/api';
import { monthlyAttacks } from '../../lib/filters/aggregate';
import { useFilteredRows } from '../../lib/filters/use-filtered';
import { useTimeView } from '../../lib/hooks/use-time-view';
import { useLocale } from '../../lib/use-locale';
import { useElementSize } from '../../lib/hooks/use-element-size';
import { ViewSection } from '../../components/view-section';
import { ExportMenu } from '../../components/export-menu';
import { AttackTable } from './attack-table';
import { PeriodNote } from './period-note';
import { attackSpan, monthInRange, monthRange } from './months';

const DATE_IGNORED = ['date'] as const;

export function AttackChart() {
  const { t } = useTranslation();
  const { data, index } = useLoadedDataset();
  const { date, num } = useLocale();
  const { hasRange, lo, hi, setRange, selectedEvent, reversed } = useTimeView();
  const [ref, size] = useElementSize<HTMLDivElement>();
  // The bars show the whole span and follow every filter but the date, which they set.
  const rows = useFilteredRows(index, DATE_IGNORED);
  const span = useMemo(() => attackSpan(data), [data]);
  const { buckets, unplaced } = useMemo(() => monthlyAttacks(index, rows, span), [index, rows, span]);
  const selMonth = selectedEvent ? selectedEvent.date.slice(0, 7) : null;

  return (
    <ViewSection title={t('attacks.title')} className="attacks" actions={<ExportMenu view="attacks" />}>
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
              interval="preserveStartEnd"
              minTickGap={18}
            />
            <YAxis
              yAxisId="attacks"
              orientation={reversed ? 'right' : 'left'}
              allowDecimals={false}
              width={40}
              tickFormatter={(v: number) => num(v)}
              tick={{ fontSize: 11 }}
            />
            <YAxis
              yAxisId="rockets"
              orientation={reversed ? 'left' : 'right'}
              allowDecimals={false}
              width={40}
              tickFormatter={(v: number) => num(v)}
              tick={{ fontSize: 11, fill: '#a4661c' }}
            />
            {selMonth && (
              <ReferenceLine yAxisId="attacks" x={selMonth} stroke="var(--focus)" strokeWidth={3} />
            )}
            <Bar
              yAxisId="attacks"
              dataKey="attacks"
              name={t('attacks.attacks')}
              fill="var(--attack)"
              isAnimationActive={false}
            >
              {buckets.map((b) => (
                <Cell
                  key={b.month}
                  cursor="pointer"
                  fillOpacity={!hasRange || monthInRange(b.month, lo, hi) ? 1 : 0.25}
                />
              ))}
            </Bar>
            <Bar
              yAxisId="rockets"
              dataKey="rockets"
              name={t('attacks.rockets')}
              fill="var(--rocket)"
              isAnimationActive={false}
            >
              {buckets.map((b) => (
                <Cell key={b.month} fillOpacity={!hasRange || monthInRange(b.month, lo, hi) ? 1 : 0.25} />
              ))}
            </Bar>
            <Tooltip
              labelFormatter={(m) => date(String(m))}
              formatter={(v, name) => [num(Number(v)), name]}
              cursor={{ fill: 'rgb(31 95 168 / 0.08)' }}
            />
            <Legend verticalAlign="bottom" height={22} wrapperStyle={{ fontSize: 12 }} />
          </BarChart>
        )}
      </div>
      <PeriodNote claims={data.periodClaims} unplaced={unplaced} />
      <AttackTable buckets={buckets} />
    </ViewSection>
  );
}
