import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { QueryObserver } from '@tanstack/react-query';
import {
  DATASET_URL,
  DatasetError,
  datasetQueryOptions,
  fetchDataset,
  fileKey,
  LET_GO_MS,
  newQueryClient,
} from './api';
import type { LoadedDataset } from './loaded-dataset';

const good = readFileSync('data/iraq-drawdown.json', 'utf8');
const respond = (body: string, status = 200) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, { status }));

afterEach(() => vi.restoreAllMocks());

describe('fetchDataset', () => {
  it('loads, parses and indexes the dataset from the app origin', async () => {
    const spy = respond(good);
    const { data, index } = await fetchDataset();
    expect(spy.mock.calls[0]![0]).toBe('/data/iraq-drawdown.json');
    expect(index.events.length).toBe((JSON.parse(good) as { events: unknown[] }).events.length);
    expect(data.meta.title.en).toBeTruthy();
    expect(index.eventById.get('2020-08-23-taji-handover')).toBeTypeOf('number');
  });

  it('reports a missing file with its HTTP status', async () => {
    respond('not found', 404);
    await expect(fetchDataset()).rejects.toMatchObject({ kind: 'missing', status: 404 });
  });

  it('reports a network failure', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(fetchDataset()).rejects.toMatchObject({ kind: 'network', detail: 'Failed to fetch' });
  });

  it('reports a file that is not JSON', async () => {
    respond('<html>oops</html>');
    await expect(fetchDataset()).rejects.toMatchObject({ kind: 'notJson' });
  });

  it('sets aside a record that fails the schema, naming it, and loads the rest', async () => {
    const d = JSON.parse(good);
    d.troopLevels[2].count = -5;
    respond(JSON.stringify(d));
    const { data, rejected } = await fetchDataset();
    expect(data.troopLevels).toHaveLength(d.troopLevels.length - 1);
    expect(rejected).toEqual([
      expect.objectContaining({ record: `troopLevels[2] "${d.troopLevels[2].id}"`, field: 'count' }),
    ]);
  });

  it('refuses a file of another schema version as a whole', async () => {
    const d = JSON.parse(good);
    d.meta.schemaVersion = 2;
    respond(JSON.stringify(d));
    const err = (await fetchDataset().catch((e) => e)) as DatasetError;
    expect(err).toBeInstanceOf(DatasetError);
    expect(err.kind).toBe('invalid');
    expect(err.detail).toBe('unknown schema version 2 (expected 1)');
  });
});

describe('a dataset no view shows any more', () => {
  it('is let go a while after (an opened file, a link); the bundled record stays', () => {
    vi.useFakeTimers();
    const client = newQueryClient();
    const shown = (key: string) => {
      const options = datasetQueryOptions(key);
      // Put in as an opened file's is (see openDatasetFile); a view shows it, then another
      // dataset takes its place.
      client.setQueryData(options.queryKey, { origin: key } as LoadedDataset);
      const unsubscribe = new QueryObserver(client, options).subscribe(() => {});
      unsubscribe();
      return () => client.getQueryData(options.queryKey);
    };
    const file = shown(fileKey(1));
    const link = shown('/data/other.json');
    const bundled = shown(DATASET_URL);
    vi.advanceTimersByTime(LET_GO_MS - 1);
    expect([file(), link(), bundled()].map((d) => d?.origin)).toEqual([
      fileKey(1),
      '/data/other.json',
      DATASET_URL,
    ]);
    vi.advanceTimersByTime(2);
    expect([file(), link(), bundled()].map((d) => d?.origin)).toEqual([undefined, undefined, DATASET_URL]);
    vi.useRealTimers();
  });
});
