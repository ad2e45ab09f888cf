import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { bundled } from '../../test/render';
import { importAnyCsv } from './import-csv';
import type { Governorates } from './governorates';
import { countsByProvince, filterCounts, monthlyCounts, NO_FIGURE, totalEvents } from '../dataset/counts';
import { monthIndex } from '../dates/partial-date';
import type { EventFilters } from '../filters/filter-events';
import { inEnglish } from '../../test/import';

const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
const name = 'acled-weekly-iraq.csv';
const text = readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const r = importAnyCsv(text, { file: name, geo, reference: bundled().data });
if (r.kind !== 'counts') throw new Error('the weekly fixture was not read as counts');
const t = r.counts;
const none: EventFilters = { from: null, to: null, provinces: [], types: [], bases: [], text: '' };

// Independent reading of the fixture: papaparse, then the rows a reader would keep by eye.
const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const kept = rows.filter((x) => !['111', '112', '113', '114'].includes(x.ID!));

describe('ACLED weekly aggregates', () => {
  it('become counts, with each unreadable row set aside and why', () => {
    expect(t.rowsRead).toBe(rows.length);
    expect(t.week).toHaveLength(kept.length);
    expect(totalEvents(t, filterCounts(t, none))).toBe(kept.reduce((n, x) => n + Number(x.EVENTS), 0));
    expect(t.outsideIraq).toBe(1);
    expect(r.rejected.map(inEnglish).map((p) => [p.record, p.field])).toEqual([
      ['row 12 "111"', 'country'],
      ['row 13 "112"', 'admin1'],
      ['row 14 "113"', 'events'],
      ['row 15 "114"', 'week'],
    ]);
    expect(inEnglish(r.rejected[3]!).message).toMatch(/not a Saturday/);
  });

  it('folds governorate names and places a blank ADMIN1 by its centroid', () => {
    const byGov = countsByProvince(t, filterCounts(t, none));
    expect(byGov.get('IQ-AN')).toBe(4 + 2 + 1);
    expect(byGov.get('IQ-SD')).toBe(3);
    expect(byGov.get('IQ-NI')).toBe(4);
    expect(byGov.get('IQ-WA')).toBe(2);
  });

  it('filters by governorate, type, category, text and date like events; a base filter leaves none', () => {
    const sum = (f: Partial<EventFilters>) => totalEvents(t, filterCounts(t, { ...none, ...f }));
    expect(sum({ provinces: ['IQ-BG'] })).toBe(3 + 7 + 12 + 6);
    expect(sum({ types: ['political'] })).toBe(12 + 5);
    expect(sum({ sourceTypes: ['Explosions/Remote violence › Air/drone strike'] })).toBe(2);
    // Another layer's category does not empty this one.
    expect(sum({ sourceTypes: ['State-based conflict'] })).toBe(sum({}));
    expect(sum({ text: 'ninewa' })).toBe(4);
    // The week of 28 December 2019 runs to 3 January 2020: it is in a January range.
    expect(sum({ from: '2020-01-01', to: '2020-01-31' })).toBe(3 + 7 + 4 + 2 + 12 + 5);
    expect(sum({ bases: ['b-taji'] })).toBe(0);
  });

  it('rolls weeks up to months: a week across a month end is possible in both, never certain', () => {
    const m = monthlyCounts(t, filterCounts(t, none));
    expect(m.get(monthIndex('2019-12'))).toEqual({ certain: 0, possible: 3 });
    expect(m.get(monthIndex('2020-01'))).toEqual({ certain: 7 + 4 + 2 + 12 + 5, possible: 3 });
    expect(m.get(monthIndex('2020-02'))).toEqual({ certain: 0, possible: 2 });
    expect(m.get(monthIndex('2020-03'))).toEqual({ certain: 6 + 3 + 1, possible: 2 });
    expect(m.get(monthIndex('2020-06'))).toEqual({ certain: 0, possible: 4 });
  });
});

describe('ACLED weekly aggregates saved again from a spreadsheet', () => {
  it('read as the original: weeks day first, centroids with decimal commas, semicolons', () => {
    // The fixture as a spreadsheet in Berlin writes it back, rewritten here row by row.
    const table = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const [week, lat, lon] = ['WEEK', 'CENTROID_LATITUDE', 'CENTROID_LONGITUDE'].map((c) =>
      table[0]!.indexOf(c),
    );
    const saved = Papa.unparse(
      table.map((row, k) => {
        if (k === 0) return row;
        const out = [...row];
        const [y, m, d] = row[week!]!.split('-');
        if (d) out[week!] = `${d}.${m}.${y}`;
        for (const c of [lat!, lon!]) out[c] = row[c]!.replace('.', ',');
        return out;
      }),
      { delimiter: ';' },
    );
    const again = importAnyCsv(saved, { file: name, geo, reference: bundled().data });
    if (again.kind !== 'counts') throw new Error('not read as counts');
    expect(again.dayOrder?.order).toBe('dmy');
    expect(again.counts.week).toEqual(t.week);
    expect(again.counts.province).toEqual(t.province);
    expect(again.counts.events).toEqual(t.events);
  });
});

describe('ACLED weekly counts whose figures a spreadsheet grouped in thousands', () => {
  it('reads "1,234" where commas separate the cells, a blank as no figure, and sets aside what is not a count', () => {
    const table = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const [events, fatalities, id] = ['EVENTS', 'FATALITIES', 'ID'].map((c) => table[0]!.indexOf(c));
    const cells: Record<string, [string, string]> = {
      '101': ['1,203', '2,000'],
      '102': ['7', '1.5'],
      '103': ['4', ''],
    };
    for (const row of table) if (row[id!]! in cells) [row[events!], row[fatalities!]] = cells[row[id!]!]!;
    const again = importAnyCsv(Papa.unparse(table), { file: name, geo, reference: bundled().data });
    if (again.kind !== 'counts') throw new Error('not read as counts');
    const k = again.counts.id.indexOf('101');
    expect(k).toBeGreaterThan(-1);
    expect(again.counts.events[k]).toBe(1203);
    expect(again.counts.fatalities[k]).toBe(2000);
    // A blank is no figure, not 0: the table leaves its cell empty.
    expect(again.counts.fatalities[again.counts.id.indexOf('103')]).toBe(NO_FIGURE);
    expect(again.rejected.map(inEnglish)).toContainEqual({
      record: 'row 3 "102"',
      field: 'fatalities',
      message: 'not a count: 1.5',
    });
  });
});
