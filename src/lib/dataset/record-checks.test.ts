import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkRecords } from './record-checks';
import { parseStream } from './parse-core';
import { ALONE_CHUNK, EVENT_CHUNK } from './chunk-size';
import type { Dataset, DrawdownEvent } from './schema';
import { synthesize, synthesizeCsv } from '../../../scripts/synth-lib';
import { bundled } from '../../test/render';
import { importCsv } from '../import/import-csv';
import type { Governorates } from '../import/governorates';

/**
 * A synthetic file with records to set aside (one repeating an id from an earlier chunk) and a
 * dispute naming one that is nowhere.
 */
function file(): Dataset {
  const d = structuredClone(synthesize(bundled().data, 9_000, 11));
  d.events[17] = { ...d.events[17]!, date: '2020-02-30' };
  d.events[8_500] = { ...d.events[8_500]!, base: 'nowhere' };
  d.events[EVENT_CHUNK + 3] = { ...d.events[EVENT_CHUNK + 3]!, id: d.events[3]!.id };
  d.disputes.push({ ...d.disputes[0]!, id: 'd-extra', records: [d.events[17]!.id, 'no-such-record'] });
  return d;
}

describe('record checks, streamed', () => {
  it('hands every valid event on in chunks, keeps none, and lets go of each raw event once checked', () => {
    const whole = checkRecords(file());
    const raw = file();
    const chunks: DrawdownEvent[][] = [];
    const streamed = checkRecords(raw, (events, context) => {
      chunks.push(events);
      expect(context.bases.length).toBe(whole.data.bases.length);
    });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(whole.data.events);
    expect(whole.data.events).toHaveLength(9_000 - 3);
    expect(whole.rejected.map((p) => p.message)).toContain(`duplicate id ${whole.data.events[3]!.id}`);
    expect(streamed.data.events).toEqual([]);
    expect(streamed.rejected).toEqual(whole.rejected);
    // The dispute's message still tells the record set aside from the one nowhere in the file.
    const dispute = streamed.rejected.find((p) => p.record.includes('d-extra'));
    expect(dispute?.message).toBe('names no record that loaded (unknown record no-such-record)');
    expect(streamed.data.disputes).toEqual(whole.data.disputes);
    // What the raw file still holds of its events: their ids, not the records.
    expect((raw.events as unknown[]).every((x) => typeof x === 'string')).toBe(true);
  });

  it('a CSV import hands its events on the same way and keeps none', () => {
    const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
    const text = synthesizeCsv('acled', bundled().data, 9_000, 4);
    const options = { file: 'x.csv', geo, reference: bundled().data };
    const whole = importCsv(text, options);
    const chunks: DrawdownEvent[][] = [];
    const streamed = importCsv(text, { ...options, onEvents: (events) => void chunks.push(events) });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flat()).toEqual(whole.data.events);
    expect(streamed.data.events).toEqual([]);
    expect(streamed.data.meta).toEqual(whole.data.meta);
    expect(streamed.rejected).toEqual(whole.rejected);
  });
});

/** `text` as a stream of bytes in pieces of `size`, as a download arrives. */
function bytesOf(text: string, size = 65_536): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(ctl) {
      if (at >= bytes.length) ctl.close();
      else ctl.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

describe('a dataset read as it downloads', () => {
  it.each([
    ['beside the dashboard', EVENT_CHUNK],
    ['at the loading screen', ALONE_CHUNK],
  ])('gives the events, set-asides and disputes that reading it whole gives (%s)', async (_, size) => {
    const whole = checkRecords(file());
    const chunks: DrawdownEvent[][] = [];
    const streamed = await parseStream(
      bytesOf(JSON.stringify(file())),
      'x.json',
      (events) => void chunks.push(events),
      size,
    );
    // Each chunk is one task on the page: none longer than a chunk's worth.
    expect(chunks.length).toBeGreaterThanOrEqual(Math.floor(9_000 / size));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(size);
    expect(chunks.flat()).toEqual(whole.data.events);
    expect(streamed.rejected).toEqual(whole.rejected);
    expect(streamed.data).toEqual({ ...whole.data, events: [] });
  });

  it('waits for the bases and sources when the events come first', async () => {
    const { events, ...rest } = file();
    const text = JSON.stringify({ events, ...rest });
    expect(text.indexOf('"events"')).toBeLessThan(text.indexOf('"bases"'));
    const chunks: DrawdownEvent[][] = [];
    const streamed = await parseStream(bytesOf(text, 4_096), 'x.json', (e) => void chunks.push(e));
    const whole = checkRecords(file());
    expect(chunks.flat()).toEqual(whole.data.events);
    expect(streamed.rejected).toEqual(whole.rejected);
  });

  it('refuses broken JSON and what is not a dataset, saying where', async () => {
    const text = JSON.stringify(file());
    const broken = text.replace('"id":"', '"id":');
    await expect(parseStream(bytesOf(broken), 'x.json', () => {})).rejects.toMatchObject({
      kind: 'notJson',
      detail: expect.stringMatching(/^in "/),
    });
    // In English, and as its codes for the page to say it in Arabic.
    await expect(parseStream(bytesOf('[1, 2]'), 'x.json', () => {})).rejects.toMatchObject({
      kind: 'invalid',
      detail: 'the file is not a JSON object',
      check: { why: 'notJsonObject' },
    });
    await expect(parseStream(bytesOf('{"meta": {}}'), 'x.json', () => {})).rejects.toMatchObject({
      kind: 'invalid',
      detail: expect.stringMatching(/schema version/),
    });
  });
});

describe('record checks, key moments', () => {
  const raw = () =>
    JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')) as Record<string, unknown> & {
      meta: { moments: Record<string, unknown>[] };
      events: unknown[];
    };

  it('set a bad moment aside with its reason, and keep the file and the other moments', () => {
    const d = raw();
    const events = d.events.length;
    d.meta.moments[1] = { ...d.meta.moments[1], label: { en: 'Parliament vote', ar: '  ' } };
    const r = checkRecords(d);
    expect(r.data.events).toHaveLength(events);
    expect(r.data.meta.moments?.map((m) => m.event)).toEqual([0, 2, 3].map((k) => d.meta.moments[k]!.event));
    expect(r.rejected).toEqual([
      expect.objectContaining({
        record: 'meta.moments[1]',
        field: 'label.ar',
        message: 'Arabic text is empty',
      }),
    ]);
  });

  it('refuse a file naming more moments than a chart can mark, saying so', () => {
    const d = raw();
    d.meta.moments = Array.from({ length: 13 }, () => d.meta.moments[0]!);
    expect(() => checkRecords(d)).toThrow(/meta\.moments/);
  });
});
