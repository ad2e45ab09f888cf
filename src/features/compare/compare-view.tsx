import './compare.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { dayToIso } from '../../lib/dates/partial-date';
import { compareAround, type CompareRow } from '../../lib/filters/compare';
import { useFilteredRowsIf } from '../../lib/filters/use-filtered';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { download } from '../../lib/download';
import { formatSigned } from '../../lib/format';
import { ViewSection } from '../../components/view-section';
import type { DrawdownEvent } from '../../lib/dataset/schema';
import { DateField } from '../../components/date-field';
import { NumberField } from '../../components/number-field';

const WINDOWS = [30, 90, 180, 365] as const;
const PROVINCE = 'province';
const TYPE = 'type';
const IGNORE_DATE = ['date'] as const;

/**
 * Before and after a turning point: the events of the N days before an anchor (a handover,
 * say, or any day) against the N days from it, per governorate and per type, under the
 * other filters. In the link as `cmp=anchor:days`.
 */
export function CompareView() {
  const { t } = useTranslation();
  const { data, index } = useLoadedDataset();
  const { text, date, num, locale } = useLocale();
  const compare = useViewStore((s) => s.compare);
  const setCompare = useViewStore((s) => s.setCompare);
  // The windows set their own dates: every filter applies but the date range.
  const rows = useFilteredRowsIf(!!compare, index, IGNORE_DATE);
  const result = useMemo(
    () => (compare && rows ? compareAround(index, rows, compare.anchor, compare.days) : null),
    [index, rows, compare],
  );
  // One anchor per handed-over base (its handover event where the record has one): a short
  // list whatever the dataset's size; any other day is one date field away.
  const anchors = useMemo(() => {
    const byBase = new Map<string, DrawdownEvent>();
    // Through the type and base columns: only a base's first handover is read as an object
    // (reading every handover of a 100,000-event file cost ~50 ms of its first render).
    const handover = index.codes.type.get('handover');
    const found = new Set<number>();
    for (let i = 0; handover !== undefined && i < index.typeCode.length; i++) {
      const base = index.baseCode[i]!;
      if (index.typeCode[i] !== handover || index.sourceTypeCode[i] !== -1 || base === -1 || found.has(base))
        continue;
      const e = index.events.get(i);
      if (e.base && !e.origin && e.date.length >= 7) {
        byBase.set(e.base, e);
        found.add(base);
      }
    }
    return data.bases.flatMap((b) => {
      const e = byBase.get(b.id);
      return e ? [e] : [];
    });
  }, [index, data]);
  const days = compare?.days ?? 90;
  const anchorAt = compare ? index.eventById.get(compare.anchor) : undefined;
  const anchorEvent = anchorAt !== undefined ? index.events.get(anchorAt) : undefined;
  const anchorName = anchorEvent ? text(anchorEvent.title) : compare ? date(compare.anchor) : '';
  const label = (r: CompareRow, kind: 'province' | 'type') =>
    kind === 'type'
      ? t(`types.${r.key}` as 'types.attack')
      : r.key
        ? text(data.provinces[r.key]?.name ?? { en: r.key, ar: r.key })
        : t('compare.noGovernorate');
  const signed = (n: number) => formatSigned(n, locale);

  const table = (rowsOf: CompareRow[], kind: 'province' | 'type', caption: string) => (
    <table className="compare-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t(kind === 'province' ? 'compare.governorate' : 'compare.type')}</th>
          <th scope="col">{t('compare.before')}</th>
          <th scope="col">{t('compare.after')}</th>
          <th scope="col">{t('compare.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rowsOf.map((r) => (
          <tr key={r.key}>
            <th scope="row">{label(r, kind)}</th>
            <td>{num(r.before)}</td>
            <td>{num(r.after)}</td>
            <td className={r.after > r.before ? 'up' : r.after < r.before ? 'down' : undefined}>
              {signed(r.after - r.before)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const exportCsv = () => {
    if (!result || !compare) return;
    const lines = [['facet', 'value', 'before', 'after', 'change', 'uncertain'].join(',')];
    const add = (facet: string, r: CompareRow) =>
      lines.push(
        [facet, JSON.stringify(r.key), r.before, r.after, r.after - r.before, r.uncertain].join(','),
      );
    result.byProvince.forEach((r) => add('governorate', r));
    result.byType.forEach((r) => add('type', r));
    add('total', result.total);
    download(
      new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }),
      `drawdown-before-after-${compare.anchor}-${compare.days}d.csv`,
    );
  };

  return (
    <ViewSection title={t('compare.title')} className="compare-view">
      <div className="compare-controls no-export">
        <label>
          {t('compare.anchor')}{' '}
          <select
            value={anchorEvent ? compare!.anchor : ''}
            onChange={(e) => setCompare(e.target.value ? { anchor: e.target.value, days } : null)}
          >
            <option value="">{t('compare.pick')}</option>
            {anchors.map((e) => (
              <option key={e.id} value={e.id}>
                {`${date(e.date)} – ${text(e.title)}`}
              </option>
            ))}
          </select>
        </label>
        <DateField
          label={t('compare.orDate')}
          value={compare && !anchorEvent ? compare.anchor : null}
          onChange={(v) => setCompare(v ? { anchor: v, days } : null)}
        />
        <label>
          {t('compare.window')}{' '}
          <select
            value={WINDOWS.includes(days as (typeof WINDOWS)[number]) ? days : ''}
            onChange={(e) => compare && setCompare({ ...compare, days: Number(e.target.value) })}
            disabled={!compare}
          >
            {WINDOWS.map((w) => (
              <option key={w} value={w}>
                {t('compare.days', { count: w, n: num(w) })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('compare.custom')}{' '}
          <NumberField
            value={days}
            min={1}
            max={730}
            integer
            live
            disabled={!compare}
            onCommit={(n) => compare && setCompare({ ...compare, days: n })}
          />
        </label>
        {compare && (
          <>
            <label className="check">
              <input
                type="checkbox"
                checked={Boolean(compare.map)}
                onChange={(e) => setCompare({ ...compare, map: e.target.checked })}
              />
              {t('compare.shadeMap')}
            </label>
            <button type="button" className="btn btn-small" onClick={exportCsv}>
              {t('compare.exportCsv')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setCompare(null)}>
              {t('compare.clear')}
            </button>
          </>
        )}
      </div>
      {!compare && <p className="hint">{t('compare.hint')}</p>}
      {compare && !result && <p className="hint">{t('compare.noAnchor')}</p>}
      {result && (
        <>
          <p>
            {t('compare.summary', {
              anchor: anchorName,
              days: t('compare.days', { count: days, n: num(days) }),
              before: `${date(dayToIso(result.before[0]))} – ${date(dayToIso(result.before[1]))}`,
              after: `${date(dayToIso(result.after[0]))} – ${date(dayToIso(result.after[1]))}`,
              b: num(result.total.before),
              a: num(result.total.after),
            })}
          </p>
          {result.total.uncertain > 0 && (
            <p className="hint">{t('compare.uncertain', { n: num(result.total.uncertain) })}</p>
          )}
          <div className="compare-tables">
            {table(result.byProvince, PROVINCE, t('compare.byGovernorate'))}
            {table(result.byType, TYPE, t('compare.byType'))}
          </div>
        </>
      )}
    </ViewSection>
  );
}
