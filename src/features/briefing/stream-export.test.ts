import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import Papa from 'papaparse';
import { bundled } from '../../test/render';
import { synthesize } from '../../../scripts/synth-lib';
import { buildIndex } from '../../lib/dataset/indexes';
import { filterEvents, type Rows } from '../../lib/filters/filter-events';
import { defaultViewState } from '../../lib/store/view-state';
import { importCsv } from '../../lib/import/import-csv';
import type { Governorates } from '../../lib/import/governorates';
import { datasetSchema, type Dataset } from '../../lib/dataset/schema';
import type { Stamp } from '../../lib/dataset/fingerprint';
import { layersToCsv, subsetDataset, subsetSkeleton } from './csv';
import { ExportCancelled, streamExport, type ExportSource } from './stream-export';
import {
  ArrayEvents,
  eventsOf,
  PackedEventStore,
  packedChunks,
  type EventList,
} from '../../lib/dataset/event-store';
import { viaWorker } from '../../test/via-worker';

const stamp: Stamp = {
  title: 'T',
  version: 'v',
  sha256: 'a'.repeat(64),
  exportedAt: '2026-12-02T00:00:00.000Z',
  link: 'http://x/?a=1',
};
const never = new AbortController().signal;
const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
/** A dataset as the app holds it: its events in the index's (date) order, so rows name them. */
const held = (d: Dataset): Dataset => ({ ...d, events: eventsOf(buildIndex(d).events) });
const acled = held(
  importCsv(readFileSync('tests/fixtures/import/acled-iraq-2022.csv', 'utf8'), {
    file: 'acled-iraq-2022.csv',
    geo,
    reference: bundled().data,
  }).data,
);
// Through the schema, as every dataset the app holds comes: keys in the schema's order.
const synthetic = held(datasetSchema.parse(synthesize(bundled().data, 12_000, 3)));
/** An event's date by id, among all the dataset's, kept or not. */
const dateIn = (d: Dataset) => {
  const dates = new Map(d.events.map((e) => [e.id, e.date]));
  return (id: string) => dates.get(id);
};
/** The file's text, its byte-order mark kept (Blob.text() drops it). */
const textOf = async (blob: Blob) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

const source = (data: Dataset, rows: Rows, layer?: ExportSource['layer']): ExportSource => ({
  data,
  events: new ArrayEvents(data.events),
  rows,
  layer,
});
/** The rows a filter shows, in the table's (date) order, as the whole-file export takes them. */
const shown = (data: Dataset, over = {}) =>
  filterEvents(buildIndex(data), { ...defaultViewState, sourceTypes: [], ...over });

/** Exports `rows` of a layer as CSV and expects the whole-file writer's text, byte for byte. */
async function expectWholeFileCsv(data: Dataset, events: EventList, rows: Rows) {
  const blob = await streamExport({ kind: 'csv', sources: [{ data, events, rows }], stamp }, () => {}, never);
  expect(await textOf(blob)).toBe(
    layersToCsv([{ data, events: Array.from(rows, (i) => events.get(i)) }], stamp),
  );
}

describe('streamed export', () => {
  it('writes the same CSV, byte for byte, as the whole-file writer, across layers and chunks', async () => {
    const parts = [
      { data: synthetic, rows: shown(synthetic), layer: { name: 'Synthetic', source: '/s.json' } },
      { data: acled, rows: shown(acled), layer: { name: 'ACLED', source: 'acled.csv' } },
    ];
    // 12,000 + the ACLED rows: more than two chunks, so chunk seams are crossed.
    const blob = await streamExport(
      { kind: 'csv', sources: parts.map((p) => source(p.data, p.rows, p.layer)), stamp },
      () => {},
      never,
    );
    const whole = layersToCsv(
      parts.map((p) => ({
        data: p.data,
        events: Array.from(p.rows, (i) => p.data.events[i]!),
        layer: p.layer,
      })),
      stamp,
    );
    const text = await textOf(blob);
    expect(text).toBe(whole);
    // Counted independently: papaparse's reading of the file has a row per event, plus the header.
    const read = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(read.length - 1).toBe(synthetic.events.length + acled.events.length);
  });

  it('writes the same JSON as the whole-file writer: precision bands, disputes and a filter', async () => {
    const data = bundled().data;
    for (const [set, over] of [
      [data, {}],
      [data, { provinces: ['IQ-AN'] }],
      [synthetic, { from: '2020-01-01', to: '2020-12-31' }],
      [acled, {}],
    ] as const) {
      const rows = shown(set, over);
      const events = Array.from(rows, (i) => set.events[i]!);
      const ids = new Set(events.map((e) => e.id));
      const blob = await streamExport(
        {
          kind: 'json',
          dataset: subsetSkeleton(set, (id) => ids.has(id), dateIn(set), stamp),
          source: source(set, rows),
        },
        () => {},
        never,
      );
      expect(await textOf(blob)).toBe(
        JSON.stringify(subsetDataset(set, events, dateIn(set), stamp), null, 2),
      );
    }
    // The bundled data's disputes survive a whole export, so the comparison covered them.
    expect(data.disputes.length).toBeGreaterThan(0);
    expect(new Set(data.events.map((e) => e.date.length))).toEqual(new Set([4, 7, 10]));
  });

  it('writes a header alone for no rows, and reports progress up to the total', async () => {
    const empty = await streamExport(
      { kind: 'csv', sources: [source(synthetic, new Int32Array(0))], stamp },
      () => {},
      never,
    );
    expect(await textOf(empty)).toBe(layersToCsv([{ data: synthetic, events: [] }], stamp));
    expect((await textOf(empty)).split('\r\n')).toHaveLength(2); // the header, then the end
    const seen: [number, number][] = [];
    await streamExport(
      { kind: 'csv', sources: [source(synthetic, shown(synthetic))] },
      (d, t) => seen.push([d, t]),
      never,
    );
    expect(seen[0]).toEqual([0, 12_000]);
    expect(seen.at(-1)).toEqual([12_000, 12_000]);
    expect(seen.length).toBeGreaterThan(2);
  });

  it('writes the same file when a slow machine cuts every chunk short', async () => {
    // Each look at the clock is 20 ms later: every chunk ends at its first check, 64 events in.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 20));
    const rows = shown(synthetic);
    const sizes: number[] = [];
    try {
      const blob = await streamExport(
        { kind: 'csv', sources: [source(synthetic, rows)], stamp },
        (done) => sizes.push(done),
        never,
      );
      expect(await textOf(blob)).toBe(
        layersToCsv([{ data: synthetic, events: Array.from(rows, (i) => synthetic.events[i]!) }], stamp),
      );
    } finally {
      clock.mockRestore();
    }
    // Progress came in steps of 64 rows (the last one shorter), not in one 2,000-row chunk.
    const steps = sizes.slice(1).map((d, i) => d - sizes[i]!);
    expect(steps.length).toBe(Math.ceil(rows.length / 64));
    expect(steps.slice(0, -1).every((d) => d === 64)).toBe(true);
  });

  it('stops when cancelled, writing no more chunks', async () => {
    const abort = new AbortController();
    let last = 0;
    const run = streamExport(
      { kind: 'csv', sources: [source(synthetic, shown(synthetic))] },
      (done) => {
        last = done;
        if (done > 0) abort.abort();
      },
      abort.signal,
    );
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    // Chunks already posted may land; none is posted after the cancel.
    expect(last).toBeGreaterThan(0);
    expect(last).toBeLessThan(12_000);
  });

  it('writes the same files from events held packed, the worker making them, in any row order', async () => {
    // In date order already (no reordering), and in file order read through the date order.
    const unordered = datasetSchema.parse(synthesize(bundled().data, 3_000, 5));
    const cases = [acled, unordered].map((data) => ({ data, index: viaWorker(data) }));
    expect(cases.map((c) => packedChunks(c.index.events)?.order !== null)).toEqual([false, true]);
    const made = vi.spyOn(PackedEventStore.prototype, 'get');
    try {
      for (const { data, index } of cases) {
        const rows = filterEvents(index, { ...defaultViewState, sourceTypes: [] });
        // As a sort by title gives them: far from the order of the chunks.
        const byTitle = Int32Array.from(rows).sort((a, b) => {
          const [x, y] = [index.events.title(a, 'en'), index.events.title(b, 'en')];
          return x < y ? -1 : x > y ? 1 : a - b;
        });
        made.mockClear();
        for (const order of [rows, byTitle]) {
          const events = Array.from(order, (i) => index.events.get(i));
          made.mockClear();
          const held: ExportSource = {
            data,
            events: index.events,
            rows: order,
            layer: { name: 'L', source: 'l' },
          };
          const csv = await streamExport({ kind: 'csv', sources: [held], stamp }, () => {}, never);
          expect(await textOf(csv)).toBe(layersToCsv([{ data, events, layer: held.layer }], stamp));
          const ids = new Set(events.map((e) => e.id));
          const json = await streamExport(
            {
              kind: 'json',
              dataset: subsetSkeleton(data, (id) => ids.has(id), dateIn(data), stamp),
              source: held,
            },
            () => {},
            never,
          );
          expect(await textOf(json)).toBe(
            JSON.stringify(subsetDataset(data, events, dateIn(data), stamp), null, 2),
          );
          // No event was made on the page: the writer made them from the chunks.
          expect(made).not.toHaveBeenCalled();
        }
      }
    } finally {
      made.mockRestore();
    }
  });

  it('sends held chunks a slice at a time on a slow machine, and writes the same file', async () => {
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 20));
    const index = viaWorker(acled);
    const rows = filterEvents(index, { ...defaultViewState, sourceTypes: [] });
    const reversed = rows.slice().reverse();
    try {
      await expectWholeFileCsv(acled, index.events, reversed);
    } finally {
      clock.mockRestore();
    }
  });

  it('lets the worker drop each chunk after its last rows, across many messages, in any order', async () => {
    const index = viaWorker(synthetic);
    const rows = filterEvents(index, { ...defaultViewState, sourceTypes: [] });
    // Interleaved from both ends: every message reads chunks that later ones read again.
    const mixed = Int32Array.from(rows, (_, k) => rows[k % 2 ? rows.length - 1 - (k >> 1) : k >> 1]!);
    for (const order of [rows, mixed]) {
      await expectWholeFileCsv(synthetic, index.events, order);
    }
  });
});
