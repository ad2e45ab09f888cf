import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { bundled } from '../../test/render';
import { importCsv } from './import-csv';
import { looksLikeCsv } from './sniff';
import type { Governorates } from './governorates';
import { foldGovernorate } from './governorates';
import { detectFormat } from './detect';
import { FatalDatasetError } from '../dataset/record-checks';
import { asRead, inEnglish } from '../../test/import';

const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
const reference = bundled().data;
const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');
const open = (name: string, radiusKm?: number) =>
  importCsv(fixture(name), { file: name, geo, reference, ...(radiusKm ? { radiusKm } : {}) });
const byId = (r: ReturnType<typeof open>) => new Map(r.data.events.map((e) => [e.origin!.id, e]));

describe("an import keeps the curated record's key moments, as its troop levels, for reference", () => {
  it("each with its label, and its event's date as the data file gives it", () => {
    // Read here from the file, not through the parser the import uses.
    const record = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')) as {
      meta: { moments: { event: string; label: { en: string } }[] };
      events: { id: string; date: string }[];
    };
    const dated = new Map(record.events.map((x) => [x.id, x.date]));
    const expected = record.meta.moments.map((m) => ({
      event: m.event,
      en: m.label.en,
      date: dated.get(m.event),
    }));
    expect(expected).toHaveLength(4);
    const kept = (meta: typeof reference.meta) =>
      meta.moments?.map((m) => ({ event: m.event, en: m.label.en, date: m.date }));
    expect(kept(open('acled-iraq-2022.csv').data.meta)).toEqual(expected);
    expect(kept(open('ucdp-ged-23.1-global-sample-1000.csv').data.meta)).toEqual(expected);
    // The import holds none of their events: the dates are what the chart has to go on.
    const ids = new Set(open('acled-iraq-2022.csv').data.events.map((e) => e.id));
    expect(expected.filter((m) => ids.has(m.event))).toEqual([]);
  });
});

describe('ACLED event export, 2022+ layout', () => {
  const r = open('acled-iraq-2022.csv');
  const e = byId(r);

  it('reads every row past the BOM, CRLF and the HXL hashtag row, and sets aside what it cannot place', () => {
    expect(looksLikeCsv(fixture('acled-iraq-2022.csv'))).toBe(true);
    expect(r.data.meta.imported).toMatchObject({ format: 'acled', layout: 'acled-2022', columns: 31 });
    expect(r.rows).toBe(14);
    expect(r.data.events).toHaveLength(12);
    expect(r.outsideIraq).toBe(1);
    // In English as before the reasons had codes: the download keeps its wording.
    expect(r.rejected.map(inEnglish)).toEqual([
      { record: 'row 12 "SYR9010"', field: 'country', message: 'outside Iraq (country: Syria)' },
      { record: 'row 13 "IRQ9011"', field: 'event_date', message: 'not a date: 2020-13-40' },
    ]);
  });

  it('keeps each row’s provenance and its source text verbatim, quoted commas and line breaks included', () => {
    const p = e.get('IRQ9007')!;
    expect(p.origin).toMatchObject({ file: 'acled-iraq-2022.csv', row: 9, id: 'IRQ9007', format: 'acled' });
    expect(p.origin!.sourceText).toEqual([
      { label: 'source', text: 'Fixture Daily' },
      {
        label: 'notes',
        text: 'Made-up fixture row: protesters, teachers and students, marched on the governorate building;\nthey demanded jobs.',
      },
    ]);
    expect(p.origin!.sourceType).toEqual({ en: 'Protests › Peaceful protest', ar: 'احتجاجات › احتجاج سلمي' });
    expect(p.type).toBe('political');
  });

  it('folds governorate names, Arabic included, and places a blank admin1 by its point', () => {
    expect(e.get('IRQ9001')!.province).toBe('IQ-AN');
    expect(e.get('IRQ9003')!.province).toBe('IQ-BG');
    expect(e.get('IRQ9004')!.province).toBe('IQ-SD');
    expect(e.get('IRQ9006')!.province).toBe('IQ-NI');
    expect(e.get('IRQ9012')!.province).toBe('IQ-AN');
    expect(e.get('IRQ9014')!.province).toBe('IQ-DA');
    expect(e.get('IRQ9008')!.province).toBe('IQ-AN');
    expect(e.get('IRQ9008')!.origin!.place.governorateBy).toBe('point');
  });

  it('counts remote violence within 5 km of a base as an attack on it, and not farther out', () => {
    expect(e.get('IRQ9001')).toMatchObject({ type: 'attack', base: 'ain-al-asad' });
    expect(e.get('IRQ9002')).toMatchObject({ type: 'attack', base: 'taji' });
    expect(e.get('IRQ9004')).toMatchObject({ type: 'attack', base: 'balad' });
    expect(e.get('IRQ9009')!.type).toBe('operation');
    expect(e.get('IRQ9009')!.base).toBeUndefined();
    // Governorate-level precision is never a point near a base.
    expect(e.get('IRQ9005')!.type).toBe('operation');
    // A US drone strike is a US strike.
    expect(e.get('IRQ9008')!.type).toBe('strike');
    // The analyst can widen the radius: 25 km takes in the shelling 20 km out.
    expect(byId(open('acled-iraq-2022.csv', 25)).get('IRQ9009')).toMatchObject({
      type: 'attack',
      base: 'ain-al-asad',
    });
  });

  it('keeps the precision each row states: day, week, month', () => {
    expect(e.get('IRQ9001')!.date).toBe('2020-01-08');
    expect(e.get('IRQ9003')!.date).toBe('2020-03-11/2020-03-17');
    expect(e.get('IRQ9003')!.origin!.datePrecision).toBe('week');
    expect(e.get('IRQ9005')!.date).toBe('2020-02');
    expect(e.get('IRQ9005')!.origin!.place.precision).toBe('governorate');
  });
});

describe('a quote that does not close on its line', () => {
  // Three rows written from the fixture's first, in plain cells: the second's note opens a
  // quote and never closes it.
  const [header, first] = Papa.parse<string[]>(fixture('acled-iraq-2022.csv').replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  }).data.filter((row) => !row[0]!.startsWith('#'));
  const notes = header!.indexOf('notes');
  const id = header!.indexOf('event_id_cnty');
  const line = (n: number, note: string) =>
    first!.map((c, i) => (i === id ? `IRQ${n}` : i === notes ? note : c.replace(/[",\r\n]/g, ' '))).join(',');
  const text = [header!.join(','), line(1, 'plain'), line(2, '"never closed'), line(3, 'plain'), ''].join(
    '\n',
  );
  const r = importCsv(text, { file: 'stray-quote.csv', geo, reference });

  it('sets its row aside, saying where it began, rather than showing the lines after it as its note', () => {
    expect(r.data.events.map((e) => e.origin!.id)).toEqual(['IRQ1']);
    expect(r.rejected.map(inEnglish)).toEqual([
      {
        record: 'row 3 "IRQ2"',
        field: 'notes',
        message: expect.stringMatching(
          /^a quote that does not close on its line: .* were read into this row: never closed,/,
        ) as unknown,
      },
    ]);
    // The row after it was read into it: two rows read, not three, and none of them shown as a note.
    expect(r.rows).toBe(2);
  });

  it("sets it aside too when a later row's quote closes it, and reads on from there", () => {
    const rebalanced = [
      header!.join(','),
      line(1, 'plain'),
      line(2, '"a stray quote'),
      line(3, 'plain'),
      line(4, '"a quoted, closed note"'),
      line(5, 'plain'),
      '',
    ].join('\r\n');
    const q = importCsv(rebalanced, { file: 'stray-quote.csv', geo, reference });
    // Rows 3 and 4 were read into row 2, which has the header's number of cells again.
    expect(q.data.events.map((e) => e.origin!.id)).toEqual(['IRQ1', 'IRQ5']);
    expect(q.rejected.map((p) => [p.row, p.id, 'field' in p && p.field])).toEqual([[3, 'IRQ2', 'notes']]);
    expect(q.rows).toBe(3);
  });

  it('leaves a quoted note that runs over lines, closed, as it was', () => {
    expect(byId(open('acled-iraq-2022.csv')).get('IRQ9007')!.origin!.sourceText[1]!.text).toContain('\n');
  });
});

describe('ACLED older layout', () => {
  it('reads upper-case columns and dates written in words', () => {
    const r = open('acled-iraq-old-layout.csv');
    expect(r.data.meta.imported!.layout).toBe('acled-upper');
    const e = byId(r);
    expect(e.get('IRQ8001')).toMatchObject({
      date: '2019-12-27',
      type: 'attack',
      base: 'k1',
      province: 'IQ-KI',
    });
    expect(e.get('IRQ8004')).toMatchObject({ date: '2020-01-08', type: 'attack', base: 'ain-al-asad' });
    // A US strike by a base is not an attack on it.
    expect(e.get('IRQ8003')).toMatchObject({ type: 'strike' });
    expect(e.get('IRQ8003')!.base).toBeUndefined();
  });
});

describe('UCDP GED', () => {
  it('reads the quirks: ranges, suffixed and historical names, blank admin1, broken low/best/high', () => {
    const r = open('ucdp-ged-iraq-quirks.csv');
    const e = byId(r);
    expect(r.data.meta.imported).toMatchObject({ format: 'ucdp-ged', layout: 'ged-23.1', columns: 49 });
    expect(r.data.events).toHaveLength(7);
    expect(r.rejected.map(inEnglish).map((p) => `${p.record} ${p.field}`)).toEqual([
      'row 9 "990008" country',
      'row 10 "990009" date_end',
    ]);
    expect([...e.values()].map((x) => x.province)).toEqual([
      'IQ-BG',
      'IQ-SD',
      'IQ-KI',
      'IQ-BA',
      'IQ-AN',
      'IQ-NI',
      'IQ-NI',
    ]);
    expect(e.get('990002')!.date).toBe('2020-01-06/2020-01-12');
    expect(e.get('990003')!.date).toBe('2020-01-25/2020-02-10');
    expect(e.get('990004')!.origin!.fatalities).toEqual({ best: 4, low: 5, high: 3 });
    expect(e.get('990007')!.origin!.place.precision).toBe('governorate');
    expect(e.get('990001')!.origin!.sourceText[0]).toEqual({
      label: 'source_article',
      text: '"Fixture Wire,2020-01-03,Made-up headline, with a comma"',
    });
  });

  it('opens the real 23.1 sample: its 19 Iraqi events load, the rest are set aside as outside Iraq', () => {
    const text = fixture('ucdp-ged-23.1-global-sample-1000.csv');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const iraq = rows.filter((x) => x.country === 'Iraq');
    const r = open('ucdp-ged-23.1-global-sample-1000.csv');
    expect(r.rows).toBe(rows.length);
    expect(r.data.events).toHaveLength(iraq.length);
    expect(r.outsideIraq).toBe(rows.length - iraq.length);
    // Independent count per governorate: the names as UCDP writes them, folded by hand here.
    const expected = new Map<string, number>();
    for (const x of iraq) {
      const code = x.adm_1 ? HAND_FOLDED[x.adm_1] : undefined;
      if (code) expected.set(code, (expected.get(code) ?? 0) + 1);
    }
    const got = new Map<string, number>();
    for (const ev of r.data.events)
      if (ev.origin!.place.governorateBy === 'name') got.set(ev.province!, (got.get(ev.province!) ?? 0) + 1);
    expect(got).toEqual(expected);
  });
});

/** The Iraqi adm_1 names of the real sample, each looked up by hand. */
const HAND_FOLDED: Record<string, string> = {
  'Baghdād province': 'IQ-BG',
  'Şalāḩ ad Dīn province': 'IQ-SD',
  'Nīnawá province': 'IQ-NI',
  'Al Qādisīyah province': 'IQ-QA',
  'Diyālá province': 'IQ-DI',
  'Al Anbār province': 'IQ-AN',
  'Kirkūk province': 'IQ-KI',
  'Bābil province': 'IQ-BB',
  'Al Başrah province': 'IQ-BA',
  'Wāsiţ province': 'IQ-WA',
  'Arbīl province': 'IQ-AR',
  'Dhī Qār province': 'IQ-DQ',
  'Maysān province': 'IQ-MA',
  'An Najaf province': 'IQ-NA',
  'Karbalā’ province': 'IQ-KA',
};

describe('formats and names', () => {
  it('names the columns it expected when a layout is unknown', () => {
    expect(() =>
      importCsv('date,place,count\n2020-01-01,Basra,3\n', { file: 'x.csv', geo, reference }),
    ).toThrow(FatalDatasetError);
    expect(() => importCsv('date,place,count\n', { file: 'x.csv', geo, reference })).toThrow(
      /UCDP GED CSV \(columns id, type_of_violence.*ACLED event CSV \(columns event_id_cnty/,
    );
    expect(
      detectFormat(['WEEK', 'ADMIN1', 'EVENT_TYPE', 'SUB_EVENT_TYPE', 'EVENTS', 'FATALITIES']).format,
    ).toBe('acled-weekly');
  });

  it('says a workbook or a ZIP archive is one, and how to get its CSV', () => {
    // The first bytes of an .xlsx (a ZIP archive) and of an old .xls, read as a CSV's text is.
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0, ...Buffer.from('[Content_Types].xml')]);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    for (const bytes of [zip, xls])
      expect(() =>
        importCsv(new TextDecoder().decode(bytes), { file: 'acled.xlsx', geo, reference }),
      ).toThrow(
        'a ZIP archive or a spreadsheet workbook (.xlsx, .ods, .xls), not a CSV: open the CSV inside it, or save the sheet as CSV (UTF-8) and open that',
      );
  });

  it('folds diacritics, articles, suffixes and doubled spaces', () => {
    expect(foldGovernorate('Al Başrah  province')).toBe(foldGovernorate('Basrah'));
    expect(foldGovernorate('Şalāḩ ad Dīn province')).toBe(foldGovernorate('Salah ad Din'));
    expect(foldGovernorate('محافظة البصرة')).toBe(foldGovernorate('البصرة'));
  });
});

describe('categories across layers', () => {
  it('a category filter applies to the files that have it and leaves the others whole', async () => {
    const { filterEvents } = await import('../filters/filter-events');
    const { buildIndex } = await import('../dataset/indexes');
    const acled = buildIndex(open('acled-iraq-2022.csv').data);
    const curated = bundled().index;
    const none = { from: null, to: null, provinces: [], types: [], bases: [], text: '' };
    const shelling = 'Explosions/Remote violence › Shelling/artillery/missile attack';
    const inAcled = [...acled.codes.sourceType.keys()].filter((k) => k === shelling);
    expect(inAcled).toHaveLength(1);
    const shellingRows = filterEvents(acled, { ...none, sourceTypes: [shelling] });
    expect(shellingRows.length).toBeGreaterThan(0);
    expect(shellingRows.length).toBeLessThan(acled.events.length);
    expect(shellingRows.every((i) => acled.events.get(i).origin!.sourceType.en === shelling)).toBe(true);
    // The curated record has no ACLED categories: the same filter leaves it whole.
    expect(filterEvents(curated, { ...none, sourceTypes: [shelling] })).toHaveLength(curated.events.length);
  });
});

describe('an ACLED export saved again from a spreadsheet', () => {
  // The fixture as Excel writes it back in Berlin (semicolons, day first, decimal commas) and
  // in New York (month first, unpadded): the same rows, so the same events as the original.
  const original = byId(open('acled-iraq-2022.csv'));

  for (const [name, order, seen] of [
    ['acled-iraq-2022-excel-eu.csv', 'dmy', '14/03/2020'],
    ['acled-iraq-2022-excel-us.csv', 'mdy', '3/14/2020'],
  ] as const) {
    it(`reads ${name}'s numbers in the order the file shows, and says which`, () => {
      const r = open(name);
      expect(r.dayOrder).toEqual({ order, seen });
      expect(r.data.events).toHaveLength(original.size);
      for (const e of r.data.events) expect(asRead(e)).toEqual(asRead(original.get(e.origin!.id)!));
      // The rocket fire near Ain al-Asad still falls on the base: its point was read.
      expect(byId(r).get('IRQ9001')).toMatchObject({ type: 'attack', base: 'ain-al-asad' });
      // As written, for provenance.
      expect(byId(r).get('IRQ9001')!.origin!.dateGiven).toBe(
        `${order === 'dmy' ? '08/01/2020' : '1/8/2020'} (time_precision 1)`,
      );
      expect(r.rejected.map(inEnglish).map((p) => p.message)).toEqual([
        'outside Iraq (country: Syria)',
        `not a date: ${order === 'dmy' ? '40/13/2020' : '13/40/2020'}`,
      ]);
    });
  }

  it('sets aside, saying why, numeric dates the file never shows the order of', () => {
    // Only days up to the 12th: 08/01/2020 could be 8 January or 1 August.
    const text = fixture('acled-iraq-2022-excel-eu.csv')
      .split('\r\n')
      .filter((l, k) => k < 2 || /^IRQ900[12];/.test(l))
      .join('\r\n');
    const r = importCsv(text, { file: 'eu.csv', geo, reference });
    expect(r.dayOrder).toBeUndefined();
    expect(r.data.events).toHaveLength(0);
    expect(r.rejected.map(inEnglish).map((p) => p.message)).toEqual([
      expect.stringMatching(/^day and month could be either way round: 08\/01\/2020 /),
      expect.stringMatching(/^day and month could be either way round: 11\/03\/2020 /),
    ]);
  });
});
