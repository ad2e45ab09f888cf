/**
 * ACLED's aggregated weekly CSV (WEEK, REGION, COUNTRY, ADMIN1, EVENT_TYPE, SUB_EVENT_TYPE,
 * EVENTS, FATALITIES, …, ID, CENTROID_LATITUDE, CENTROID_LONGITUDE) read as a count layer.
 * Governorates fold as for event exports (the centroid places a blank or unknown ADMIN1);
 * categories map through the same taxonomy. Rows that cannot be read are set aside with why.
 */
import Papa from 'papaparse';
import type { CountTable } from '../dataset/counts';
import { FatalDatasetError } from '../dataset/record-checks';
import { words } from '../dataset/check-reason';
import { dayRange, isPlausibleDate } from '../dates/partial-date';
import { detectFormat, isHxlRow } from './detect';
import { governorateMatcher, type Governorates } from './governorates';
import { classifyAcled } from './taxonomy';
import { coordinate, countCell } from './rows';
import { dayOrderIn, orderUnsettled, readDay, type DayOrderSeen } from './dates';
import { DAY_ORDER_SAMPLE } from './sample';
import type { RowProblem, RowReason } from './row-problem';

/** 1970-01-03, day 2, was a Saturday: ACLED's weeks start on one. */
const isSaturday = (day: number) => (((day - 2) % 7) + 7) % 7 === 0;

export interface WeeklyImport {
  counts: CountTable;
  /** Columns in the header row. */
  columns: number;
  rejected: RowProblem[];
  /** How its numeric weeks were read, when it has any (see dayOrderIn). */
  dayOrder?: DayOrderSeen;
}

/** A table of codes: each distinct value once, in order of first appearance. */
function codes<T>(key: (v: T) => string) {
  const byKey = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    code(v: T) {
      const k = key(v);
      let c = byKey.get(k);
      if (c === undefined) {
        byKey.set(k, (c = values.length));
        values.push(v);
      }
      return c;
    },
  };
}

/** `given`: the day order the reader already settled from the file's beginning (see withSample). */
export function importWeekly(
  text: string,
  file: string,
  geo: Governorates,
  given?: DayOrderSeen | null,
): WeeklyImport {
  const matcher = governorateMatcher(geo);
  const dayOrder = given !== undefined ? given : dayOrderIn(text.slice(0, DAY_ORDER_SAMPLE));
  const rejected: RowProblem[] = [];
  const week: number[] = [];
  const province: number[] = [];
  const type: number[] = [];
  const sourceType: number[] = [];
  const events: number[] = [];
  const fatalities: number[] = [];
  const rowNo: number[] = [];
  const ids: string[] = [];
  const admin1s: string[] = [];
  const provinces = codes<string>((s) => s);
  const types = codes<string>((s) => s);
  const sourceTypes = codes<{ en: string; ar: string }>((s) => s.en);
  let columns: Map<string, number> | null = null;
  let width = 0;
  let rowNumber = 0;
  let rowsRead = 0;
  let outsideIraq = 0;
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: false,
    step: (result) => {
      rowNumber++;
      const row = result.data;
      if (row.length === 1 && !row[0]!.trim()) return;
      if (!columns) {
        const d = detectFormat(row);
        if (d.format !== 'acled-weekly') throw new FatalDatasetError('collection', words('notWeekly'));
        columns = d.columns;
        width = row.length;
        return;
      }
      if (rowNumber === 2 && isHxlRow(row)) return;
      rowsRead++;
      const c = columns;
      const cell = (name: string) => (row[c.get(name) ?? -1] ?? '').trim().slice(0, 300);
      const id = cell('id');
      const set = (field: string, reason: RowReason, value = '', outside = false) => {
        if (outside) outsideIraq++;
        rejected.push({ row: rowNumber, id: id.slice(0, 60), field, reason, value });
      };
      const country = cell('country');
      if (country && country.toLowerCase() !== 'iraq')
        return set('country', 'outsideIraq', country.slice(0, 60), true);
      const day = readDay(cell('week'), dayOrder?.order);
      if (!day && orderUnsettled(cell('week'), dayOrder?.order))
        return set('week', 'dayOrderUnknown', cell('week').slice(0, 40));
      if (!day || !isPlausibleDate(day)) return set('week', 'notADay', cell('week').slice(0, 40));
      const start = dayRange(day)[0];
      if (!isSaturday(start)) return set('week', 'notASaturday', day);
      const commaGroups = result.meta.delimiter === ',';
      const n = countCell(cell('events'), commaGroups);
      if (n === undefined || Number.isNaN(n))
        return set('events', 'notAnEventCount', cell('events').slice(0, 40));
      // counts.ts' NO_FIGURE, written out: importing it would split counts.ts (and the search
      // fold it imports) into a file of its own, shared with the page's first script.
      const f = countCell(cell('fatalities'), commaGroups) ?? -1;
      if (Number.isNaN(f)) return set('fatalities', 'notACount', cell('fatalities').slice(0, 40));
      const admin1 = cell('admin1');
      const lat = coordinate(cell('centroid_latitude')) ?? NaN;
      const lon = coordinate(cell('centroid_longitude')) ?? NaN;
      const gov =
        matcher.byName(admin1) ??
        (cell('centroid_latitude') && cell('centroid_longitude') ? matcher.byPoint(lat, lon) : undefined);
      if (!gov)
        return admin1
          ? set('admin1', 'noGovernorate', admin1.slice(0, 60))
          : set('admin1', 'noGovernorateBlank');
      const cls = classifyAcled(cell('event_type'), cell('sub_event_type'), '');
      week.push(start);
      province.push(provinces.code(gov));
      type.push(types.code(cls.type));
      sourceType.push(sourceTypes.code(cls.sourceType));
      events.push(n);
      fatalities.push(f);
      rowNo.push(rowNumber);
      ids.push(id);
      admin1s.push(admin1);
    },
  });
  if (!columns) throw new FatalDatasetError('collection', words('emptyFile'));
  return {
    rejected,
    columns: width,
    ...(dayOrder ? { dayOrder } : {}),
    counts: {
      file,
      rowsRead,
      outsideIraq,
      week: Int32Array.from(week),
      province: Int32Array.from(province),
      type: Int32Array.from(type),
      sourceType: Int32Array.from(sourceType),
      events: Int32Array.from(events),
      fatalities: Int32Array.from(fatalities),
      row: Int32Array.from(rowNo),
      id: ids,
      admin1: admin1s,
      provinces: provinces.values,
      types: types.values,
      sourceTypes: sourceTypes.values,
    },
  };
}
