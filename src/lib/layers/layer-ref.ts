/**
 * Layers: the dataset on screen ("main": the curated record, or a file opened on its own) and
 * files added beside it. What the store and the URL keep of each; loading is use-layers.ts.
 */
import { isSameOriginDataPath } from '../dataset/data-url';
import { isPlainLine } from '../dataset/vocabulary';

export interface LayerRef {
  /**
   * `main`; a same-origin path (from `?layer=` or a path added by a link); `file:<id>` for a
   * file opened in this tab; `missing:<name>` for a local file a link names that is not here.
   */
  key: string;
  /** The file name or path shown by default, and written into links for local files. */
  source: string;
  /** The analyst's name for it, as typed; null or blank for the default (the file's name). */
  name: string | null;
  /** An index into LAYER_COLORS. */
  color: number;
  visible: boolean;
}

export const MAIN = 'main';
export const MAX_LAYERS = 8;

/**
 * After Okabe and Ito's colour-blind-safe palette, darkened to 4.5:1 or more on white so lines
 * and text read. The first is the curated attacks' red.
 */
export const LAYER_COLORS = [
  { id: 'red', hex: '#b23a2e' },
  { id: 'blue', hex: '#0072b2' },
  { id: 'green', hex: '#007a5a' },
  { id: 'purple', hex: '#a0528a' },
  { id: 'orange', hex: '#c05a00' },
  { id: 'black', hex: '#3b3b3b' },
] as const;

export const colorOf = (ref: Pick<LayerRef, 'color'>): string =>
  LAYER_COLORS[ref.color % LAYER_COLORS.length]!.hex;

export const mainLayer = (): LayerRef => ({ key: MAIN, source: '', name: null, color: 0, visible: true });

/** The first colour no layer uses yet. */
export function freeColor(layers: readonly LayerRef[]): number {
  const used = new Set(layers.map((l) => l.color));
  const free = LAYER_COLORS.findIndex((_, i) => !used.has(i));
  return free >= 0 ? free : layers.length % LAYER_COLORS.length;
}

export const isLocal = (key: string) => key.startsWith('file:') || key.startsWith('missing:');
export const isMissing = (key: string) => key.startsWith('missing:');

/** A `?layer=` value: a same-origin path, or `file:<name>` for a local file (checked elsewhere). */
export function parseLayerParam(raw: string): { key: string; source: string } | undefined {
  if (raw.startsWith('file:')) {
    const name = raw.slice(5);
    const ok = name.length > 0 && name.length <= 300 && isPlainLine(name) && !name.includes('\\');
    return ok ? { key: `missing:${name}`, source: name } : undefined;
  }
  return isSameOriginDataPath(raw) ? { key: raw, source: raw } : undefined;
}

/** What a link carries of a layer: its path, or `file:<name>` for a local file. */
export const layerParam = (l: LayerRef): string => (isLocal(l.key) ? `file:${l.source}` : l.key);

/** The longest name the analyst may give a layer. */
export const MAX_LAYER_NAME = 120;
/**
 * A layer's name as a link gives it (`lname`): null for the default (blank), undefined for one
 * no typed name could be (too long, or with control characters).
 */
export function parseLayerName(raw: string): string | null | undefined {
  if (raw.length > MAX_LAYER_NAME || !isPlainLine(raw)) return undefined;
  return raw.trim() ? raw : null;
}

/** A layer's colour as a link gives it (`lcolor`): its index in LAYER_COLORS, or undefined. */
export const parseLayerColor = (id: string): number | undefined => {
  const i = LAYER_COLORS.findIndex((c) => c.id === id);
  return i >= 0 ? i : undefined;
};

/** The colour a link's layers take when it names none: the first free one, in order. */
export const defaultColor = (k: number): number => k % LAYER_COLORS.length;

/** Whether a layer was renamed between two states (typing a name is not a step in history). */
export const renamed = (a: readonly LayerRef[], b: readonly LayerRef[]): boolean =>
  a !== b && a.some((l, k) => b[k]?.key === l.key && b[k].name !== l.name);
