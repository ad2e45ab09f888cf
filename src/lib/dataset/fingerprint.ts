import type { LoadedDataset } from './loaded-dataset';
import { openedFile } from './load-status';
import { pickText } from '../format';
import type { Digits, Lang } from '../i18n/languages';

const cache = new WeakMap<LoadedDataset, Promise<string>>();

/**
 * The SHA-256 of the loaded file as bytes, in hex: for the bundled dataset that of
 * data/iraq-drawdown.json as committed (so `sha256sum` gives the same), for a link the
 * file it names, for an opened file that file. Computed once per dataset, when first asked
 * (an export, or a link that names a hash): the load path never waits for it.
 */
export function fingerprint(loaded: LoadedDataset): Promise<string> {
  let p = cache.get(loaded);
  if (!p) {
    p = bytesOf(loaded).then(async (bytes) => {
      const digest = await crypto.subtle.digest('SHA-256', bytes);
      return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    });
    cache.set(loaded, p);
  }
  return p;
}

async function bytesOf(loaded: LoadedDataset): Promise<ArrayBuffer> {
  const file = loaded.fileId !== undefined ? openedFile(loaded.fileId) : undefined;
  if (file) return file.arrayBuffer();
  const res = await fetch(new URL(loaded.origin, globalThis.location?.href ?? 'http://localhost/'));
  if (!res.ok) throw new Error(`${loaded.origin}: HTTP ${res.status}`);
  return res.arrayBuffer();
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

/** The stamp for an export made now, its title in the reading language. */
export async function stampFor(loaded: LoadedDataset, lang: Lang, digits: Digits): Promise<Stamp> {
  const title = pickText(loaded.data.meta.title, lang, digits);
  const sha256 = await fingerprint(loaded);
  return {
    title,
    version: loaded.data.meta.version,
    sha256,
    exportedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    link: linkWithHash(sha256),
  };
}
