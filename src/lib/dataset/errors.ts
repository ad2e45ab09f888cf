import type { Check } from './check-reason';
import { counted } from '../stream-pieces';

export type DatasetErrorKind = 'missing' | 'network' | 'notJson' | 'invalid';

/**
 * A load failure that the error panel can explain: which file, what kind, and why (`detail`
 * in English; `check`, its codes, to say it in the reader's language, when the words are
 * Drawdown's and not the browser's).
 */
export class DatasetError extends Error {
  constructor(
    readonly kind: DatasetErrorKind,
    readonly url: string,
    readonly detail: string,
    readonly status?: number,
    readonly check?: Check,
  ) {
    super(`${kind}: ${detail}`);
    this.name = 'DatasetError';
  }
}

/**
 * Files larger than this are refused before parsing. 400 MB holds a million-row export in
 * ACLED's layout (330 MB synthetic); the page then holds its events as objects, ~1.5 GB of
 * heap at a million (measured), which is why the bound is not higher until the store is
 * columnar.
 */
export const MAX_FILE_BYTES = 400 * 1024 * 1024;

const MB = MAX_FILE_BYTES / 1024 / 1024;

/**
 * The English of the refusals the page itself makes, beside their codes. The reasons' words
 * are not in the page's first script, so these few are written here too; a test holds each
 * equal to its words in the `reasons` namespace.
 */
export const PAGE_REFUSALS = {
  tooLarge: `larger than ${MB} MB`,
  noBody: 'no body',
  notInMemory: 'the opened file is no longer in memory',
  parserStopped: 'the parser stopped',
} as const;

/** A refusal the page makes, in English and as its codes. */
export const refusal = (
  kind: DatasetErrorKind,
  url: string,
  why: keyof typeof PAGE_REFUSALS,
  status?: number,
): DatasetError =>
  new DatasetError(kind, url, PAGE_REFUSALS[why], status, {
    why,
    counts: why === 'tooLarge' ? { mb: MB } : {},
  });

/** Refuses a file over MAX_FILE_BYTES, whichever way it arrived. */
export function checkSize(bytes: number, origin: string): void {
  if (bytes > MAX_FILE_BYTES) throw refusal('invalid', origin, 'tooLarge');
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

/**
 * The response's body, refused once more than MAX_FILE_BYTES have been read. Counted on the
 * bytes as they arrive (decompressed), not taken from Content-Length, which a compressing
 * server leaves out or gives for the compressed size.
 */
export function limitedBody(res: Response, url: string): { body: Response; tooLarge: () => boolean } {
  if (!res.body) return { body: res, tooLarge: () => false };
  const { body, tooLarge } = limitedStream(res.body, url);
  return { body: new Response(body), tooLarge };
}

/** The same, for a body read as a stream (see eachPiece): still a byte stream if it was one. */
function limitedStream(body: ReadableStream<Uint8Array>, url: string) {
  let over = false;
  const limited = counted(body, (bytes) =>
    bytes > MAX_FILE_BYTES ? ((over = true), refusal('invalid', url, 'tooLarge')) : null,
  );
  return { body: limited, tooLarge: () => over };
}

/**
 * Fetches a file and reads its body with `read`, refusing it past MAX_FILE_BYTES read; a
 * failure to read that is not the size becomes a DatasetError of `kind`.
 */
async function fetchLimited<T>(
  url: string,
  read: (body: Response) => Promise<T>,
  kind: DatasetErrorKind,
): Promise<T> {
  const res = await fetchOk(url);
  checkSize(Number(res.headers.get('content-length')), url);
  const { body, tooLarge } = limitedBody(res, url);
  try {
    return await read(body);
  } catch (e) {
    if (tooLarge()) checkSize(Infinity, url);
    throw new DatasetError(kind, url, (e as Error).message);
  }
}

/** A file's body as its bytes arrive (a dataset read while it downloads). */
export const fetchBodyLimited = async (url: string): Promise<ReadableStream<Uint8Array>> =>
  (await fetchBodySized(url)).body;

/**
 * The same, with the size the server gives (Content-Length): null when it gives none, and
 * `compressed` when it is the size of the body compressed.
 */
export async function fetchBodySized(url: string) {
  const res = await fetchOk(url);
  const length = res.headers.get('content-length');
  checkSize(Number(length), url);
  if (!res.body) throw refusal('network', url, 'noBody');
  const { body } = limitedStream(res.body, url);
  const size = length === null ? null : Number(length);
  return { body, size, compressed: !!res.headers.get('content-encoding') };
}

/** A binary file (a Parquet export), as bytes. */
export const fetchBytesLimited = (url: string): Promise<ArrayBuffer> =>
  fetchLimited(url, (b) => b.arrayBuffer(), 'network');
