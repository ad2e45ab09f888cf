import type { Dataset } from './schema';
import { checkSize, DatasetError } from './errors';
import { FatalDatasetError, parseLenient, type Rejected } from './lenient';
import { precompute, type Precomputed } from './indexes';

export interface Parsed {
  data: Dataset;
  rejected: Rejected[];
  pre: Precomputed;
}

/**
 * The expensive part of loading: JSON, validation record by record, and the per-event
 * arrays the filters scan. Runs in a worker in the browser; throws DatasetError.
 */
export function parseText(text: string, origin: string, withSearch = true): Parsed {
  checkSize(text.length, origin);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DatasetError('notJson', origin, (e as Error).message);
  }
  return parseRaw(raw, origin, withSearch);
}

/** Validation and indexing of an already-parsed JSON value; throws DatasetError. */
export function parseRaw(raw: unknown, origin: string, withSearch = true): Parsed {
  try {
    const { data, rejected } = parseLenient(raw);
    return { data, rejected, pre: precompute(data, withSearch) };
  } catch (e) {
    if (e instanceof FatalDatasetError) throw new DatasetError('invalid', origin, e.message);
    if (e instanceof RangeError) throw new DatasetError('invalid', origin, 'nested too deeply to read');
    throw e;
  }
}
