import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { bundled } from '../../test/render';
import { fixtureText, geo, inEnglish } from '../../test/import';
import { importCsv } from './import-csv';

const reference = bundled().data;

/** A fixture with some rows' cells written again, as an analyst's sheet might hold them. */
function edited(name: string, column: string, cells: Record<string, string>, delimiter = ',') {
  const table = Papa.parse<string[]>(fixtureText(name).replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
    delimiter,
  }).data;
  const at = table[0]!.indexOf(column);
  const id = Math.max(table[0]!.indexOf('id'), table[0]!.indexOf('event_id_cnty'));
  expect(at).toBeGreaterThan(-1);
  for (const row of table) if (row[id]! in cells) row[at] = cells[row[id]!]!;
  return Papa.unparse(table, { delimiter });
}
const read = (text: string, file: string) => importCsv(text, { file, geo, reference });
const killed = (r: ReturnType<typeof read>, id: string) =>
  r.data.events.find((e) => e.origin!.id === id)?.figures?.killed;

describe('a figure the file gives is read, or its row set aside saying why, never read as none', () => {
  it('ACLED fatalities grouped in thousands by a spreadsheet, in a file separated by commas', () => {
    const before = read(fixtureText('acled-iraq-2022.csv'), 'a.csv');
    const r = read(
      edited('acled-iraq-2022.csv', 'fatalities', { IRQ9001: '1,234', IRQ9003: '3.0', IRQ9004: ' 12 ' }),
      'a.csv',
    );
    expect(killed(r, 'IRQ9001')).toBe(1234);
    expect(killed(r, 'IRQ9003')).toBe(3);
    expect(killed(r, 'IRQ9004')).toBe(12);
    expect(r.data.events).toHaveLength(before.data.events.length);
    expect(r.rejected).toEqual(before.rejected);
  });

  it('sets aside a row whose fatalities are not a count, naming the column and the text', () => {
    const before = read(fixtureText('acled-iraq-2022.csv'), 'a.csv');
    const r = read(
      edited('acled-iraq-2022.csv', 'fatalities', {
        IRQ9001: '12.5',
        IRQ9003: 'unknown',
        IRQ9004: '-3',
        IRQ9006: '1,23',
        IRQ9007: '',
      }),
      'a.csv',
    );
    const mine = r.rejected.map(inEnglish).filter((p) => p.field === 'fatalities');
    expect(mine).toEqual([
      { record: 'row 3 "IRQ9001"', field: 'fatalities', message: 'not a count: 12.5' },
      { record: 'row 5 "IRQ9003"', field: 'fatalities', message: 'not a count: unknown' },
      { record: 'row 6 "IRQ9004"', field: 'fatalities', message: 'not a count: -3' },
      { record: 'row 8 "IRQ9006"', field: 'fatalities', message: 'not a count: 1,23' },
    ]);
    // A blank cell is no figure given: the event is kept, with none.
    expect(r.data.events.find((e) => e.origin!.id === 'IRQ9007')?.figures?.killed).toBeUndefined();
    expect(r.data.events).toHaveLength(before.data.events.length - 4);
  });

  it('does not read "1,234" where the comma may be the decimal mark (a file separated by semicolons)', () => {
    const r = read(
      edited('acled-iraq-2022-excel-eu.csv', 'fatalities', { IRQ9001: '1,234', IRQ9003: '1234' }, ';'),
      'eu.csv',
    );
    expect(r.rejected.map(inEnglish).filter((p) => p.field === 'fatalities')).toEqual([
      { record: 'row 3 "IRQ9001"', field: 'fatalities', message: 'not a count: 1,234' },
    ]);
    expect(killed(r, 'IRQ9003')).toBe(1234);
  });

  it('UCDP best, low and high: each read, and the first that is not a count named', () => {
    const name = 'ucdp-ged-iraq-quirks.csv';
    const rows = Papa.parse<Record<string, string>>(fixtureText(name).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const [first, second] = rows.map((x) => x.id!);
    const grouped = read(edited(name, 'high', { [first!]: '2,500' }), name);
    const e = grouped.data.events.find((x) => x.origin!.id === first);
    expect(e?.origin?.fatalities?.high).toBe(2500);
    const bad = read(edited(name, 'low', { [second!]: 'n/a' }), name);
    expect(bad.rejected.map(inEnglish)).toContainEqual({
      record: `row 3 "${second}"`,
      field: 'low',
      message: 'not a count: n/a',
    });
  });
});
