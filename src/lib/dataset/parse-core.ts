import type { Dataset, DrawdownEvent } from './schema';
import { checkSize, DatasetError } from './errors';
import { checkRecords, FatalDatasetError, type Problem } from './record-checks';
import { searchStrings } from './indexes';

export interface Parsed {
  data: Dataset;
  rejected: Problem[];
  /** Folded search text per event, when asked for (see searchStrings). */
  search?: string[];
}

/**
 * The expensive part of loading: JSON, validation record by record, and the search text.
 * Runs in a worker in the browser; throws DatasetError.
 */
export function parseText(
  text: string,
  origin: string,
  withSearch = true,
  onEvents?: (events: DrawdownEvent[]) => void,
): Parsed {
  checkSize(text.length, origin);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DatasetError('notJson', origin, (e as Error).message);
  }
  return parseRaw(raw, origin, withSearch, onEvents);
}

/** Validation of an already-parsed JSON value; throws DatasetError. `onEvents`
 * receives the valid events chunk by chunk (see checkRecords). */
export function parseRaw(
  raw: unknown,
  origin: string,
  withSearch = true,
  onEvents?: (events: DrawdownEvent[]) => void,
): Parsed {
  try {
    const { data, rejected } = checkRecords(raw, onEvents);
    if (!withSearch) return { data, rejected };
    const bases = new Map(data.bases.map((b) => [b.id, b]));
    return { data, rejected, search: searchStrings(data.events, bases, data.provinces) };
  } catch (e) {
    if (e instanceof FatalDatasetError) throw new DatasetError('invalid', origin, e.message);
    if (e instanceof RangeError) throw new DatasetError('invalid', origin, 'nested too deeply to read');
    throw e;
  }
}
