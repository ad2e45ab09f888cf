import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/render';
import { encodeRow, MAX_SOURCES, rowEvent, rowSource, sortRows, type SortKey } from './sort-rows';
import { filterEvents } from './filter-events';
import type { Dataset, DrawdownEvent } from '../dataset/schema';
import { figureKeys } from '../dataset/vocabulary';
import { dayRange } from '../dates/partial-date';
import type { DatasetIndex } from '../dataset/indexes';
import type { Lang } from '../i18n/languages';
import { viaWorker } from '../../test/via-worker';
import { synthesize } from '../../../scripts/synth-lib';
import { importCsv } from '../import/import-csv';
import type { Governorates } from '../import/governorates';
import { readFileSync } from 'node:fs';

const { data, index } = bundled();
const all = filterEvents(index, { from: null, to: null, provinces: [], types: [], bases: [], text: '' });
const label = (k: 'type' | 'governorate' | 'base', v: string) =>
  k === 'type'
    ? v
    : k === 'governorate'
      ? data.provinces[v]?.name.en || ''
      : index.baseById.get(v)?.name.en || '';
/** An event's label, read from the event itself (not through the codes sortRows uses). */
const labelOf = (e: DrawdownEvent, k: 'governorate') => (e.province ? label(k, e.province) : '');
const sort = (key: SortKey, desc: boolean) =>
  Array.from(sortRows([{ index, rows: all }], key, desc, label, 'en', 'en'), rowEvent);
const ids = (rows: number[]) => rows.map((i) => index.events.get(i).id);

describe('sortRows', () => {
  it('sorts by date either way', () => {
    const asc = ids(sort('date', false));
    expect(asc[0]).toBe('2003-us-invasion');
    expect(asc.at(-1)).toBe('2021-12-09-end-of-combat-mission');
    expect(ids(sort('date', true))[0]).toBe('2021-12-09-end-of-combat-mission');
  });

  it("gives one layer's rows in date order as they are, and sorting them another way leaves them so", () => {
    const rows = filterEvents(index, { from: null, to: null, provinces: [], types: [], bases: [], text: '' });
    const before = Array.from(rows);
    // No copy of the filtered rows (at a million, 4 MB on every filter change): the same rows.
    expect(sortRows([{ index, rows }], 'date', false, label, 'en', 'en')).toBe(rows);
    for (const [key, desc] of [
      ['date', true],
      ['governorate', false],
      ['killed', true],
      ['title', false],
    ] as const)
      expect(sortRows([{ index, rows }], key, desc, label, 'en', 'en')).not.toBe(rows);
    expect(Array.from(rows)).toEqual(before);
  });

  it('sorts a categorical column by label, empty cells last, ties by date', () => {
    const rows = sort('governorate', false);
    const govs = rows.map((i) => labelOf(index.events.get(i), 'governorate'));
    const filled = govs.filter(Boolean);
    expect(filled).toEqual([...filled].sort());
    expect(govs.slice(filled.length).every((g) => g === '')).toBe(true);
    const anbar = rows.filter((i) => index.events.get(i).province === 'IQ-AN').map((i) => index.start[i]!);
    expect(anbar).toEqual([...anbar].sort((a, b) => a - b));
    const desc = sort('governorate', true).map((i) => labelOf(index.events.get(i), 'governorate'));
    expect(desc[0]).toBe('Nineveh');
    expect(desc.at(-1)).toBe('');
  });

  it('sorts figures numerically with missing values last', () => {
    const killed = sort('killed', true).map((i) => index.events.get(i).figures?.killed);
    expect(killed.slice(0, 3)).toEqual([25, 6, 2]);
    expect(killed.at(-1)).toBeUndefined();
  });

  it('sorts titles by collation in the given locale', () => {
    const titles = sort('title', false).map((i) => index.events.get(i).title.en);
    expect(titles[0]).toBe('Al-Qaim base handed to the Iraqi army');
  });
});

describe('sortRows across layers', () => {
  it("tells each row's layer and event apart, from the first event to far past a million", () => {
    for (const source of [0, 1, MAX_SOURCES - 1])
      for (const i of [0, 1, 999_999, 20_000_000, 2 ** 27 - 1]) {
        const r = encodeRow(i, source);
        expect([rowSource(r), rowEvent(r)]).toEqual([source, i]);
        // Kept in the table's typed arrays as it is.
        expect(Int32Array.of(r)[0]).toBe(r);
      }
  });

  it('interleaves two layers by date, the first layer first on a tie', () => {
    const rows = sortRows(
      [
        { index, rows: all },
        { index, rows: all.slice(0, 5) },
      ],
      'date',
      false,
      label,
      'en',
      'en',
    );
    expect(rows).toHaveLength(all.length + 5);
    const starts = Array.from(rows, (r) => index.start[rowEvent(r)]!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Each of the five events twice in a row: the first layer's copy, then the second's.
    expect(Array.from(rows.slice(0, 2), rowSource)).toEqual([0, 1]);
    expect(rowEvent(rows[0]!)).toBe(rowEvent(rows[1]!));
  });
});

describe('sortRows at scale: from columns and packed events', () => {
  // A synthetic file and an ACLED export, each as the worker hands it over (events packed).
  const made = synthesize(data, 5_000, 7);
  // Some dollar values huge or fractional, so a figure is also ranked by its distinct values
  // (small whole counts rank as themselves).
  const synth = {
    ...made,
    events: made.events.map((e, k) =>
      k % 7 ? e : { ...e, figures: { ...e.figures, valueUsd: (k % 5) * 1e13 + (k % 3) / 2 } },
    ),
  };
  const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
  const acled = importCsv(readFileSync('tests/fixtures/import/acled-iraq-2022.csv', 'utf8'), {
    file: 'acled-iraq-2022.csv',
    geo,
    reference: data,
  }).data;
  const layers: { data: Dataset; index: DatasetIndex }[] = [synth, acled].map((d) => ({
    data: d,
    index: viaWorker(d),
  }));
  const labelIn =
    (lang: Lang) =>
    (k: 'type' | 'governorate' | 'base', v: string, source: number): string => {
      const { data: d, index: ix } = layers[source]!;
      if (k === 'type') return `${lang}:${v}`;
      const named = k === 'governorate' ? d.provinces[v] : ix.baseById.get(v);
      return named ? named.name[lang] : '';
    };

  /** The order a comparator over the event objects gives: the table's rule, written plainly. */
  function reference(
    sources: { index: DatasetIndex; rows: Int32Array }[],
    key: SortKey,
    desc: boolean,
    lang: Lang,
  ) {
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    const label = labelIn(lang);
    const rows = sources.flatMap((s, source) =>
      Array.from(s.rows, (i) => ({ source, i, e: s.index.events.get(i) })),
    );
    type R = (typeof rows)[number];
    const value = (r: R): string | number | undefined => {
      if (key === 'layer') return r.source;
      if (key === 'title') return r.e.title[lang];
      if (key === 'type') return label('type', r.e.type, r.source);
      if (key === 'governorate')
        return r.e.province ? label('governorate', r.e.province, r.source) || undefined : undefined;
      if (key === 'base') return r.e.base ? label('base', r.e.base, r.source) || undefined : undefined;
      return key === 'date' ? undefined : r.e.figures?.[key];
    };
    const byDate = (a: R, b: R) =>
      dayRange(a.e.date)[0] - dayRange(b.e.date)[0] || a.source - b.source || a.i - b.i;
    rows.sort((a, b) => {
      const [va, vb] = [value(a), value(b)];
      if (va === vb || key === 'date') return byDate(a, b);
      if (va === undefined) return 1;
      if (vb === undefined) return -1;
      const c = typeof va === 'number' ? va - (vb as number) : collator.compare(va, vb as string);
      return (desc ? -c : c) || byDate(a, b);
    });
    if (key === 'date' && desc) rows.reverse();
    return rows.map((r) => `${r.source}:${r.i}`);
  }

  const keys: SortKey[] = ['date', 'type', 'governorate', 'base', 'title', 'layer', ...figureKeys];
  const none = { from: null, to: null, provinces: [], types: [], bases: [], text: '' };

  it.each(keys)('sorts by %s as a comparator over the events does, one layer and two', (key) => {
    const one = [{ index: layers[0]!.index, rows: filterEvents(layers[0]!.index, none) }];
    const two = [
      ...one,
      { index: layers[1]!.index, rows: filterEvents(layers[1]!.index, { ...none, from: '2022-03' }) },
    ];
    for (const sources of [one, two])
      for (const lang of ['en', 'ar'] as const)
        for (const desc of [false, true]) {
          const got = sortRows(sources, key, desc, labelIn(lang), lang, lang);
          expect(
            Array.from(got, (r) => `${rowSource(r)}:${rowEvent(r)}`),
            `${key} ${lang} ${desc ? 'desc' : 'asc'} ${sources.length}`,
          ).toEqual(reference(sources, key, desc, lang));
        }
  });

  it('has figures, titles shared by several events, and empty cells to sort', () => {
    const events = layers.flatMap((l) => l.data.events);
    const titles = events.map((e) => e.title.en);
    expect(new Set(titles).size).toBeLessThan(titles.length);
    expect(events.some((e) => e.figures?.killed !== undefined)).toBe(true);
    expect(events.some((e) => e.figures?.killed === undefined)).toBe(true);
    expect(events.some((e) => e.base === undefined)).toBe(true);
  });
});
