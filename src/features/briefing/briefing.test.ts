import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { bundled } from '../../test/render';
import { defaultViewState, type ViewState } from '../../lib/store/view-state';
import { filterEvents } from '../../lib/filters/filter-events';
import { captionFor, describeFilters, fileNameFor } from './caption';
import Papa from 'papaparse';
import { eventsToCsv, subsetDataset, csvColumns } from './csv';
import { datasetSchema } from '../../lib/dataset/schema';

const { data, index } = bundled();
const state = (over: Partial<ViewState>): ViewState => ({ ...defaultViewState, ...over });
const tFor = (lang: 'en' | 'ar') => i18next.getFixedT(lang);
const anbarKirkuk = state({
  provinces: ['IQ-AN', 'IQ-KI'],
  from: '2020-01-01',
  to: '2020-06-30',
  types: ['attack'],
});

describe('captions', () => {
  it('put the active filters in words, in English', () => {
    expect(describeFilters(anbarKirkuk, data, tFor('en'))).toBe(
      'Anbar, Kirkuk · 1 Jan 2020 – 30 Jun 2020 · Attack on a base',
    );
    expect(describeFilters(state({}), data, tFor('en'))).toBe('All events · all dates');
    expect(describeFilters(state({ from: '2021-01-01', text: 'taji' }), data, tFor('en'))).toBe(
      'from 1 Jan 2021 · “taji”',
    );
  });

  it('put the active filters in words, in Arabic with Arabic-Indic digits', () => {
    const s = { ...anbarKirkuk, lang: 'ar' as const };
    expect(describeFilters(s, data, tFor('ar'))).toBe(
      'الأنبار وكركوك | ١ كانون الثاني ٢٠٢٠ – ٣٠ حزيران ٢٠٢٠ | هجوم على قاعدة',
    );
  });

  it('name the view, the data date and the sources behind what is shown', () => {
    const rows = filterEvents(index, anbarKirkuk);
    const c = captionFor('attacks', anbarKirkuk, data, index, rows, tFor('en'));
    expect(c.title).toBe(`${data.meta.title.en} — Attacks on bases per month`);
    expect(c.asOf).toBe('Data as of 23 November 2026 · dataset v1.1.0');
    expect(c.sources).toBe(
      "Sources: [002] Iraq announces the end of the coalition's combat mission; with a tim…, 9 Dec 2021",
    );
    const wider = filterEvents(index, { ...anbarKirkuk, from: '2019-12-01' });
    expect(captionFor('attacks', anbarKirkuk, data, index, wider, tFor('en')).sources).toMatch(
      /^Sources: \[002\] .+; \[003\] Citing the BBC, Mar 2020$/,
    );
    const ar = captionFor('map', { ...anbarKirkuk, lang: 'ar' }, data, index, rows, tFor('ar'));
    expect(ar.title).toContain('خريطة القواعد');
    expect(ar.asOf).toBe('البيانات حتى ٢٣ تشرين الثاني ٢٠٢٦ | الإصدار 1.1.0');
    // Arabic punctuation between a source's name and its date, as between sources.
    expect(ar.sources).toMatch(/^المصادر: \[٠٠٢\] [^,]+…، ٩ كانون الأول ٢٠٢١$/);
  });

  it("isolate an imported file's name in the title, so it keeps its order in Arabic", () => {
    const file = '2024-iraq.csv';
    const imported = {
      ...data,
      meta: {
        ...data.meta,
        title: { en: file, ar: file },
        imported: { file, format: 'acled' as const, layout: 'acled-2022' as const, columns: 31 },
      },
    };
    const rows = filterEvents(index, state({}));
    const ar = captionFor('dashboard', state({ lang: 'ar' }), imported, index, rows, tFor('ar'));
    expect(ar.title).toBe(`\u2068${file}\u2069 — ${tFor('ar')('briefing.dashboardTitle')}`);
    // The curated record's title is Arabic: it reads in the page's order as it is.
    const curated = captionFor('dashboard', state({ lang: 'ar' }), data, index, rows, tFor('ar'));
    expect(curated.title.startsWith(data.meta.title.ar.slice(0, 8))).toBe(true);
  });
});

describe('file names', () => {
  it('say what the file is', () => {
    expect(fileNameFor('attacks', { ...anbarKirkuk, types: [] }, data, 'png')).toBe(
      'drawdown-attacks-anbar+kirkuk-2020-01-01_2020-06-30.png',
    );
    expect(fileNameFor('dashboard', state({}), data, 'png')).toBe('drawdown-dashboard-all.png');
    expect(fileNameFor('map', state({ lang: 'ar', bases: ['taji'], to: '2020-12-31' }), data, 'png')).toBe(
      'drawdown-map-taji-start_2020-12-31.png',
    );
  });
});

describe('CSV export', () => {
  it('round-trips Arabic text, commas, quotes and line breaks', () => {
    const events = data.events.filter((e) => e.base === 'taji');
    const tricky = { ...events[0]!, title: { en: 'A "quoted", comma\nline', ar: 'هجومان، «صاروخيان»' } };
    const csv = eventsToCsv(data, [tricky, ...events.slice(1)]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [head, ...rows] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(head).toEqual([...csvColumns]);
    expect(rows).toHaveLength(events.length);
    const col = (name: string) => head!.indexOf(name);
    expect(rows[0]![col('title_en')]).toBe('A "quoted", comma\nline');
    expect(rows[0]![col('title_ar')]).toBe('هجومان، «صاروخيان»');
    expect(rows[1]![col('base_ar')]).toBe('معسكر التاجي');
    expect(rows[1]![col('valueUsd')]).toBe('347000000');
    expect(rows[1]![col('evidence')]).toContain(
      '001_25e8599645e30daf.txt: US forces in Iraq have formally handed',
    );
  });
});

describe('JSON export', () => {
  it("keeps the key moments' dates when it leaves their events out, so a file cut to Anbar still marks them", () => {
    // Read here from the data file, not through the dataset the export is given.
    const raw = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')) as {
      meta: { moments: { event: string }[] };
      events: { id: string; date: string }[];
    };
    const expected = raw.meta.moments.map((m) => [m.event, raw.events.find((e) => e.id === m.event)!.date]);
    expect(expected).toHaveLength(4);
    const events = data.events.filter((e) => e.province === 'IQ-AN');
    expect(events.filter((e) => expected.some(([id]) => id === e.id))).toEqual([]);
    const sub = subsetDataset(data, events, (id) => data.events.find((e) => e.id === id)?.date);
    const parsed = datasetSchema.parse(JSON.parse(JSON.stringify(sub)));
    expect(parsed.meta.moments?.map((m) => [m.event, m.date])).toEqual(expected);
  });

  it('is the dataset schema again, cut to the filtered events', () => {
    const events = data.events.filter((e) => e.province === 'IQ-BG');
    const sub = subsetDataset(data, events, (id) => data.events.find((e) => e.id === id)?.date);
    const parsed = datasetSchema.parse(JSON.parse(JSON.stringify(sub)));
    expect(parsed.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    const ids = new Set([...parsed.events, ...parsed.bases, ...parsed.troopLevels].map((r) => r.id));
    for (const d of parsed.disputes) for (const r of d.records) expect(ids.has(r)).toBe(true);
    expect(parsed.disputes.find((d) => d.id === 'd-k1-date')).toBeUndefined();
  });

  it('writes formula-like texts as text, so a spreadsheet never runs them', () => {
    const attacks = [
      '=HYPERLINK("http://x","y")',
      '@SUM(1+1)',
      '+1+1',
      "-1+cmd|' /C calc'!A0",
      '\t=1+1',
      '\r=1+1',
      '=1+1\nsecond line',
    ];
    const events = attacks.map((en, i) => ({ ...data.events[i]!, title: { en, ar: en } }));
    const [head, ...rows] = Papa.parse<string[]>(eventsToCsv(data, events).slice(1), {
      skipEmptyLines: true,
    }).data;
    const col = head!.indexOf('title_en');
    expect(rows.map((r) => r[col])).toEqual(attacks.map((a) => `'${a}`));
    // Figures stay numbers, negative ones included.
    const neg = eventsToCsv(data, [{ ...data.events[1]!, figures: { killed: 3 } }]);
    expect(neg).toMatch(/,3,/);
  });
});
