import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../src/test/render';
import { synthesize } from '../../scripts/synth-lib';
import { importCsv } from '../../src/lib/import/import-csv';
import type { Governorates } from '../../src/lib/import/governorates';
import { buildIndex, dateById, type DatasetIndex } from '../../src/lib/dataset/indexes';
import { viaWorker } from '../../src/test/via-worker';
import { FLOAT_COLUMNS, INT_COLUMNS } from '../../src/lib/dataset/event-columns';
import { eventsOf } from '../../src/lib/dataset/event-store';
import type { Dataset } from '../../src/lib/dataset/schema';
import { filterEvents } from '../../src/lib/filters/filter-events';
import { countByProvince, monthlyBuckets, tallyRows } from '../../src/lib/filters/aggregate';
import { compareAround } from '../../src/lib/filters/compare';
import { defaultViewState } from '../../src/lib/store/view-state';
import { layersToCsv, subsetSkeleton } from '../../src/features/briefing/csv';
import { streamExport, type ExportSource } from '../../src/features/briefing/stream-export';

const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
const imported = (file: string) =>
  importCsv(readFileSync(`tests/fixtures/import/${file}`, 'utf8'), { file, geo, reference: bundled().data })
    .data;

/** The bundled record shuffled (its disputes kept), so the date order comes from the merge. */
const curated = (): Dataset => {
  const { data } = bundled();
  return {
    ...data,
    events: data.events.filter((_, k) => k % 2).concat(data.events.filter((_, k) => !(k % 2))),
  };
};
/** Synthetic events after the bundled ones (and their disputes), some dated by a range, a
 * week across a month's end, a year or a span of years: every precision band. */
const synthetic = (): Dataset => {
  const synth = synthesize(bundled().data, 6_000, 5);
  const spans = ['2020-03/2020-05', '2020-W05', '2019', '2018/2020', '2020-12-28/2021-01-03'];
  return {
    ...synth,
    events: synth.events.map((e, k) => (k > 200 && k % 30 < 5 ? { ...e, date: spans[k % 30]! } : e)),
  };
};

const cases: [string, () => Dataset][] = [
  ['the bundled record', curated],
  ['a synthetic file with every precision band', synthetic],
  ['an ACLED export', () => imported('acled-iraq-2022.csv')],
  ['a UCDP export', () => imported('ucdp-ged-23.1-global-sample-1000.csv')],
];

const filterStates = (data: Dataset) => {
  const none = { ...defaultViewState, sourceTypes: [] as string[] };
  const someType = data.events[0]!.origin?.sourceType.en;
  return [
    none,
    { ...none, provinces: ['IQ-AN'] },
    { ...none, provinces: ['IQ-BG', 'IQ-NI'], types: ['attack'] },
    { ...none, from: '2020-01-01', to: '2020-06-30' },
    { ...none, from: '2020-02', to: '2020-02' },
    { ...none, bases: ['al-asad'], from: '2019' },
    { ...none, text: 'rocket' },
    ...(someType ? [{ ...none, sourceTypes: [someType] }] : []),
  ];
};

describe('the columnar load path (packed events, columns from the worker)', () => {
  it.each(cases)('indexes %s as the event objects do', (_, make) => {
    const data = make();
    const objects = buildIndex(data);
    const packed = viaWorker(data);
    // Every event comes back, in the same (date) order, exactly: keys, absent parts, provenance.
    expect(eventsOf(packed.events)).toStrictEqual(eventsOf(objects.events));
    expect(packed.events.length).toBe(data.events.length);
    for (const c of [...INT_COLUMNS, ...FLOAT_COLUMNS, 'quoted', 'fileOrder'] as const)
      expect([...packed[c]], c).toEqual([...objects[c]]);
    expect(packed.codes).toEqual(objects.codes);
    expect(packed.sourceTypeNames).toEqual(objects.sourceTypeNames);
    expect([packed.minDay, packed.maxDay]).toEqual([objects.minDay, objects.maxDay]);
    expect(packed.disputesByRecord).toEqual(objects.disputesByRecord);
    for (const e of data.events.slice(0, 2_000))
      expect(packed.eventById.get(e.id)).toBe(objects.eventById.get(e.id));
    expect(packed.eventById.has('no-such-event')).toBe(false);
  });

  it.each(cases)('filters and counts %s as the event objects do', (_, make) => {
    const data = make();
    const objects = buildIndex(data);
    const packed = viaWorker(data);
    const span = { first: '2019-10', last: '2021-12' };
    for (const f of filterStates(data)) {
      const rows = filterEvents(packed, f);
      expect([...rows]).toEqual([...filterEvents(objects, f)]);
      expect(monthlyBuckets(tallyRows(packed, rows), span)).toEqual(
        monthlyBuckets(tallyRows(objects, rows), span),
      );
      expect(countByProvince(packed, rows)).toEqual(countByProvince(objects, rows));
      expect(compareAround(packed, rows, '2020-01-03', 90)).toEqual(
        compareAround(objects, rows, '2020-01-03', 90),
      );
    }
    // Independently of either index: a governorate's events, counted in the file itself.
    const anbar = filterEvents(packed, { ...filterStates(data)[1]! });
    expect(anbar.length).toBe(data.events.filter((e) => e.province === 'IQ-AN').length);
  });

  it.each(cases)('exports %s as the event objects do, disputes cut to what is exported', async (_, make) => {
    const data = make();
    const objects = buildIndex(data);
    const packed = viaWorker(data);
    const f = { ...defaultViewState, sourceTypes: [], from: '2020-01-01' };
    const rows = filterEvents(packed, f);
    const source = (index: DatasetIndex): ExportSource => ({ data, events: index.events, rows });
    const never = new AbortController().signal;
    const csv = async (index: DatasetIndex) =>
      (await streamExport({ kind: 'csv', sources: [source(index)] }, () => {}, never)).text();
    const viaPacked = await csv(packed);
    expect(viaPacked).toBe(await csv(objects));
    // And the same as writing the event objects in one go.
    const wanted = Array.from(rows, (i) => objects.events.get(i));
    expect(viaPacked.replace(/^\uFEFF/, '')).toBe(
      layersToCsv([{ data, events: wanted }]).replace(/^\uFEFF/, ''),
    );
    const kept = (index: DatasetIndex) => {
      const in_ = new Set(Array.from(rows, (i) => index.events.id(i)));
      return subsetSkeleton(data, (id) => in_.has(id) && index.eventById.has(id), dateById(index));
    };
    expect(kept(packed)).toEqual(kept(objects));
  });
});
