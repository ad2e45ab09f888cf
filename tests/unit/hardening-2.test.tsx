/**
 * Hardening, round 2: each case once failed (a freeze, a wrong count, a crash, a silent
 * distortion) and is checked here at the size that showed it.
 */
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { bundled, setup } from '../../src/test/render';
import { buildIndex } from '../../src/lib/dataset/indexes';
import { disputedFields } from '../../src/lib/figures';
import { filterEvents } from '../../src/lib/filters/filter-events';
import { defaultViewState } from '../../src/lib/store/view-state';
import { parseSearch } from '../../src/lib/store/view-state';
import { useViewStore } from '../../src/lib/store/view-store';
import { troopDomain } from '../../src/features/troops/troop-series';
import { DetailPanel } from '../../src/features/detail/detail-panel';
import { checkRecords } from '../../src/lib/dataset/record-checks';
import { fetchBodyLimited, MAX_FILE_BYTES } from '../../src/lib/dataset/errors';
import { parseStream } from '../../src/lib/dataset/parse-core';
import { streamOf } from '../../src/test/streams';
import { isoToDay } from '../../src/lib/dates/partial-date';
import type { Dataset, Dispute } from '../../src/lib/dataset/schema';

const { data } = bundled();
const clone = (): Dataset => structuredClone(data);

describe('disputes at scale', () => {
  const target = data.events[3]!.id;
  const many = (n: number): Dispute[] =>
    Array.from({ length: n }, (_, i) => ({ ...data.disputes[0]!, id: `d-many-${i}`, records: [target] }));

  it('index 50,000 disputes on one event in linear time, and look them up by record', () => {
    const d = { ...clone(), disputes: many(50_000) };
    // The old index copied the list per dispute: 50,000 disputes took over a minute.
    const index = buildIndex(d);
    expect(index.disputesByRecord.get(target)).toHaveLength(50_000);
    expect(disputedFields(index, target)).toEqual(
      new Set(data.disputes[0]!.field.split(',').map((f) => f.trim())),
    );
  }, 5_000);

  it('show the first 20 disputes of an event, and all on request', async () => {
    const d = { ...clone(), disputes: many(500) };
    const loaded = { data: d, index: buildIndex(d), rejected: [], origin: 'many.json' };
    useViewStore.setState({ selected: target });
    const { user } = setup(<DetailPanel />, loaded);
    const panel = screen.getByRole('region', { name: 'Event details' });
    const topics = () => within(panel).getAllByText(data.disputes[0]!.topic.en).length;
    expect(topics()).toBe(20);
    await user.click(within(panel).getByRole('button', { name: 'Show all 500 disputes' }));
    expect(topics()).toBe(500);
  });
});

describe('sizes past the old typed arrays', () => {
  it('find the events of base 35,000 among 40,000 bases', () => {
    const d = clone();
    const proto = d.bases[0]!;
    d.bases = Array.from({ length: 40_000 }, (_, i) => ({ ...proto, id: `b-${i}` }));
    d.events = d.events.map((e, i) => ({ ...e, base: `b-${35_000 + (i % 2)}`, province: proto.province }));
    const index = buildIndex(d);
    const rows = filterEvents(index, { ...defaultViewState, bases: ['b-35000'] });
    // Independent count: every other event names b-35000.
    expect(rows).toHaveLength(Math.ceil(d.events.length / 2));
  });

  it('span the troop axis over 150,000 troop levels', () => {
    const d = clone();
    const proto = d.troopLevels[0]!;
    d.troopLevels = Array.from({ length: 150_000 }, (_, i) => ({
      ...proto,
      id: `t-${i}`,
      date: i === 0 ? '2015-01-01' : '2020-06-15',
    }));
    d.meta.focus = undefined;
    expect(troopDomain(d)).toEqual([isoToDay('2015-01-01'), isoToDay('2020-06-15')]);
  });
});

describe('implausible dates', () => {
  it('set aside a record dated 0202-03 or far in the future, with a reason', () => {
    const d = clone() as unknown as { events: Record<string, unknown>[] };
    d.events.push({ ...d.events[5]!, id: 'typo-year', date: '0202-03' });
    d.events.push({ ...d.events[5]!, id: 'future', date: '2999-01-01' });
    const { data: kept, rejected } = checkRecords(d);
    expect(kept.events).toHaveLength(data.events.length);
    expect(rejected.map((r) => `${r.record} | ${r.field}`)).toEqual([
      `events[${data.events.length}] "typo-year" | date`,
      `events[${data.events.length + 1}] "future" | date`,
    ]);
    expect(rejected[0]!.message).toMatch(/outside the plausible range \(1900/);
  });

  it('refuse the same dates in a link', () => {
    expect(parseSearch('?from=0020-01-01&to=2020-01-01').invalid).toEqual(['from']);
    expect(parseSearch('?to=2999-01-01').invalid).toEqual(['to']);
    expect(parseSearch('?from=1991-01-17').invalid).toEqual([]);
  });
});

describe('the size limit', () => {
  // A download's body is a byte stream, read into the reader's own buffer (see eachPiece);
  // a body made of pieces is counted as well.
  it.each([
    ['of bytes', true],
    ['of pieces', false],
  ])(
    'counts the bytes read, not the Content-Length a compressing server leaves out (a stream %s)',
    async (_, bytes) => {
      const chunk = new Uint8Array(8 * 1024 * 1024).fill(0x20);
      let sent = 0;
      const body = streamOf(
        () => (sent > MAX_FILE_BYTES + chunk.length ? null : ((sent += chunk.length), chunk)),
        {
          bytes,
        },
      );
      vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status: 200 }));
      // As the worker reads a JSON dataset: the body streamed into the reader as it arrives.
      await expect(
        parseStream(await fetchBodyLimited('/big.json'), '/big.json', () => {}),
      ).rejects.toMatchObject({
        detail: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      });
      // It stopped reading soon after the limit, not at the end of the stream.
      expect(sent).toBeLessThanOrEqual(MAX_FILE_BYTES + 2 * chunk.length);
      vi.restoreAllMocks();
    },
  );
});
