import type { LoadedDataset } from './loaded-dataset';
import { openedFile } from './load-status';
import { sha256Hex, type HashRequest } from './sha256';
import { pickText } from '../format';
import type { Digits, Lang } from '../i18n/languages';

const cache = new WeakMap<LoadedDataset, Promise<string>>();
/** The hashes worked out so far: a print lays its page out in the task that asks for one. */
const known = new WeakMap<LoadedDataset, string>();

/**
 * The SHA-256 of the loaded file as bytes, in hex: for the bundled dataset that of
 * data/iraq-drawdown.json as committed (so `sha256sum` gives the same), for a link the
 * file it names, for an opened file that file. Computed once per dataset, when first asked
 * (an export, or a link that names a hash): the load path never waits for it.
 */
export function fingerprint(loaded: LoadedDataset): Promise<string> {
  let p = cache.get(loaded);
  if (!p) {
    const opened = loaded.fileId !== undefined ? openedFile(loaded.fileId) : undefined;
    // A file read in a code page is hashed as saved, so that `sha256sum` of it gives the same.
    const file = opened?.saved ?? opened;
    const what: HashRequest = file
      ? { file }
      : { url: new URL(loaded.origin, globalThis.location?.href ?? 'http://localhost/').href };
    p = typeof Worker === 'undefined' ? sha256Hex(what) : inWorker(what);
    p.then(
      (hex) => known.set(loaded, hex),
      () => {},
    );
    cache.set(loaded, p);
  }
  return p;
}

/**
 * Hashing 55 MB took the page ~0.9 s in one piece (reading the body and the digest both ran
 * on this thread): a worker reads and hashes, and only the hex comes back.
 */
function inWorker(what: HashRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./hash.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ hex: string } | { error: string }>) => {
      worker.terminate();
      if ('hex' in e.data) resolve(e.data.hex);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the hash stopped'));
    };
    worker.postMessage(what);
  });
}

/** What every export carries to prove later which data and view it came from. */
export interface Stamp {
  title: string;
  version: string;
  sha256: string;
  /** The moment of export, ISO 8601 in UTC. */
  exportedAt: string;
  /** The view's link. */
  link: string;
  /** With several layers: every layer shown, its kind and its file (the export holds the first's events). */
  layers?: { name: string; source: string; kind: 'events' | 'counts' }[];
}

/** How much of the hash a link carries: enough to tell datasets apart, short enough to paste. */
export const LINK_HASH_LENGTH = 16;

/** The page's link with the dataset's hash in it, so whoever opens it learns if their data differs. */
export function linkWithHash(sha256: string, href = globalThis.location?.href ?? ''): string {
  const u = new URL(href);
  u.searchParams.set('h', sha256.slice(0, LINK_HASH_LENGTH));
  return u.href;
}

/** The dataset's hash if it has been worked out already (see fingerprint), else undefined. */
export function knownFingerprint(loaded: LoadedDataset): string | undefined {
  return known.get(loaded);
}

/**
 * Up to this many rows read, a file's hash is worked out ahead, once the page is idle, so that
 * the browser's own Print menu (which prints in the task that announces it) finds the stamp
 * at hand. Above it, hashing ahead would read a large file a second time after every load,
 * beside the analyst's filtering: its stamp waits until something asks for it.
 */
const HASH_AHEAD_ROWS = 50_000;

/** Starts working out the dataset's hash if its file is small (see HASH_AHEAD_ROWS). */
export function hashAhead(loaded: LoadedDataset): void {
  const rows = loaded.imported?.rows ?? loaded.counts?.rowsRead ?? loaded.index.events.length;
  if (rows <= HASH_AHEAD_ROWS) fingerprint(loaded).catch(() => {});
}

/** The stamp for an export made now, its title in the reading language. */
export async function stampFor(loaded: LoadedDataset, lang: Lang, digits: Digits): Promise<Stamp> {
  return stampWith(loaded, await fingerprint(loaded), lang, digits);
}

/**
 * The stamp for an export made now, from the dataset's hash; without one (the browser's own
 * Print menu, over a file too large to hash ahead) it says so, and its link has no `h=`.
 */
export function stampWith<H extends string | undefined>(
  loaded: LoadedDataset,
  sha256: H,
  lang: Lang,
  digits: Digits,
): StampOf<H> {
  return {
    title: pickText(loaded.data.meta.title, lang, digits),
    version: loaded.data.meta.version,
    sha256,
    exportedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    link: sha256 === undefined ? (globalThis.location?.href ?? '') : linkWithHash(sha256),
  };
}

/** A stamp whose hash may not be known yet (see stampWith). */
export type StampOf<H extends string | undefined = string | undefined> = Omit<Stamp, 'sha256'> & {
  sha256: H;
};
