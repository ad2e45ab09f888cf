export type DatasetErrorKind = 'missing' | 'network' | 'notJson' | 'invalid';

/** A load failure that the error panel can explain: which file, what kind, and why. */
export class DatasetError extends Error {
  constructor(
    readonly kind: DatasetErrorKind,
    readonly url: string,
    readonly detail: string,
    readonly status?: number,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'DatasetError';
  }
}

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Refuses a file over MAX_FILE_BYTES, whichever way it arrived. */
export function checkSize(bytes: number, origin: string): void {
  if (bytes > MAX_FILE_BYTES)
    throw new DatasetError('invalid', origin, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
}

/** Fetches a dataset URL; a network failure or an HTTP error becomes a DatasetError. */
export async function fetchOk(url: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new DatasetError('network', url, (e as Error).message);
  }
  if (!res.ok) throw new DatasetError('missing', url, res.statusText, res.status);
  return res;
}
