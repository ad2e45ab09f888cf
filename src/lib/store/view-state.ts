import { eventTypes, isId, isProvinceCode } from '../dataset/vocabulary';
import { isCalendarDay, isPlausibleDate } from '../dates/partial-date';
import { DIGIT_STYLES, LANG_CODES, type Digits, type Lang } from '../i18n/languages';
import { isSameOriginDataPath } from '../dataset/data-url';
import { DEFAULT_RADIUS_KM, isRadius } from '../import/radius';
import { decodeNotes, encodeNotes, MAX_LINK_NOTES, type Note } from '../notes';
import {
  defaultColor,
  freeColor,
  LAYER_COLORS,
  layerParam,
  mainLayer,
  MAIN,
  MAX_LAYERS,
  parseLayerColor,
  parseLayerName,
  parseLayerParam,
  type LayerRef,
} from '../layers/layer-ref';

/** The shareable view state: what the URL carries and every view follows. */
export interface ViewState {
  from: string | null;
  to: string | null;
  provinces: string[];
  types: string[];
  bases: string[];
  text: string;
  selected: string | null;
  lang: Lang;
  digits: Digits;
  /** A dataset on the app's own origin to show instead of the bundled one. */
  dataUrl: string | null;
  /** An imported file's own categories (ACLED event › sub-event type, UCDP type of violence). */
  sourceTypes: string[];
  /** Remote violence this near a base (km) counts as an attack on it, in an imported file. */
  radiusKm: number;
  /** The playback cursor: every view shows the record as it stood on this day. */
  at: string | null;
  /** The SHA-256 (first 16 hex digits at least) of the dataset a link was made from. */
  hash: string | null;
  /** A before/after comparison: around an event (its id) or a day, over a window of days. */
  compare: { anchor: string; days: number; map?: boolean } | null;
  /** The analyst's notes (see lib/notes.ts): in the link while short, else in this browser. */
  notes: Note[];
  /** The main dataset first, then the layers added beside it, in order (see lib/layers). */
  layers: LayerRef[];
  /** The layer the map shades its governorates by (a layer key). */
  shadeLayer: string;
  /** The layer of the selected event, when it is not the main dataset's (not in links). */
  selectedLayer: string | null;
  /** The layer the event table shows; null for every event layer. */
  tableLayer: string | null;
}

export const defaultViewState: ViewState = {
  from: null,
  to: null,
  provinces: [],
  types: [],
  bases: [],
  text: '',
  selected: null,
  lang: 'en',
  digits: 'native',
  dataUrl: null,
  sourceTypes: [],
  radiusKm: DEFAULT_RADIUS_KM,
  at: null,
  hash: null,
  compare: null,
  notes: [],
  layers: [mainLayer()],
  shadeLayer: MAIN,
  selectedLayer: null,
  tableLayer: null,
};

// Plain predicates rather than a schema library: nine short strings do not need one, and
// this code is in the start-up bundle (zod/mini cost 14 KB of its 150 KB gzip budget).
// The dataset itself is checked with zod (src/lib/dataset/schema.ts).
type Parser<T> = (raw: string) => T | undefined;
const passing =
  (ok: (s: string) => boolean): Parser<string> =>
  (s) =>
    ok(s) ? s : undefined;
const oneOf =
  <T extends string>(values: readonly T[]): Parser<T> =>
  (s) =>
    (values as readonly string[]).includes(s) ? (s as T) : undefined;
const list =
  (item: Parser<string>): Parser<string[]> =>
  (s) => {
    const items = s.split(',').filter(Boolean);
    return items.length <= 50 && items.every((i) => item(i) !== undefined) ? items : undefined;
  };
const day = passing((s) => isCalendarDay(s) && isPlausibleDate(s));

/** One parser per URL parameter, so one bad parameter never costs the others. */
const params = {
  from: day,
  to: day,
  gov: list(passing(isProvinceCode)),
  type: list(oneOf(eventTypes)),
  base: list(passing((s) => isId(s, 81))),
  q: passing((s) => s.length <= 200),
  sel: passing((s) => isId(s, 121)),
  lang: oneOf(LANG_CODES),
  digits: oneOf(DIGIT_STYLES),
  data: passing((v) => isSameOriginDataPath(v)),
  stype: list(passing((s) => s.length <= 120 && [...s].every((c) => c >= ' '))),
  at: day,
  h: passing((s) => /^[0-9a-f]{16,64}$/.test(s)),
  notes: (s: string) => decodeNotes(s),
  cmp: (s: string) => {
    const m = /^([^:]+):(\d{1,3})(:map)?$/.exec(s);
    if (!m) return undefined;
    const [anchor, days] = [m[1]!, Number(m[2])];
    const ok = (isCalendarDay(anchor) && isPlausibleDate(anchor)) || isId(anchor, 121);
    return ok && days >= 1 && days <= 730 ? { anchor, days, ...(m[3] ? { map: true } : {}) } : undefined;
  },
  r: (s: string) => (/^\d{1,3}(\.\d{1,2})?$/.test(s) && isRadius(Number(s)) ? Number(s) : undefined),
} as const;
type Param = keyof typeof params;

const keyOf: Record<Param, keyof ViewState> = {
  from: 'from',
  to: 'to',
  gov: 'provinces',
  type: 'types',
  base: 'bases',
  q: 'text',
  sel: 'selected',
  lang: 'lang',
  digits: 'digits',
  data: 'dataUrl',
  stype: 'sourceTypes',
  r: 'radiusKm',
  at: 'at',
  h: 'hash',
  cmp: 'compare',
  notes: 'notes',
};

export interface ParsedUrl {
  state: Partial<ViewState>;
  /** Names of the parameters that were present but malformed and fell back to their default. */
  invalid: string[];
}

export function parseSearch(search: string): ParsedUrl {
  const sp = new URLSearchParams(search);
  const state: Partial<ViewState> = {};
  const invalid: string[] = [];
  for (const name of Object.keys(params) as Param[]) {
    const raw = sp.get(name);
    if (raw === null) continue;
    const value = params[name](raw);
    if (value !== undefined) Object.assign(state, { [keyOf[name]]: value });
    else invalid.push(name);
  }
  const layers = parseLayerLooks(sp, parseLayers(sp.getAll('layer'), invalid), invalid);
  if (layers) {
    state.layers = layers;
    const shade = Number(sp.get('shade'));
    if (sp.has('shade') && Number.isInteger(shade) && layers[shade]) state.shadeLayer = layers[shade].key;
    else if (sp.has('shade')) invalid.push('shade');
  }
  if (state.from && state.to && state.from > state.to) {
    invalid.push('from', 'to');
    delete state.from;
    delete state.to;
  }
  return { state, invalid };
}

/** `?layer=` values, in order, beside the main dataset; null when there are none. */
function parseLayers(values: string[], invalid: string[]): LayerRef[] | null {
  if (!values.length) return null;
  const layers = [mainLayer()];
  for (const raw of values) {
    const p = parseLayerParam(raw);
    if (!p || layers.length >= MAX_LAYERS) invalid.push('layer');
    else if (!layers.some((l) => l.key === p.key))
      layers.push({ ...p, name: null, color: freeColor(layers), visible: true });
  }
  return layers;
}

/**
 * The names and colours a link gives its layers (`lname`, one each, blank for the default;
 * `lcolor`, one id each), the main dataset first: all of them, or none when they do not fit.
 */
function parseLayerLooks(sp: URLSearchParams, parsed: LayerRef[] | null, invalid: string[]) {
  const names = sp.getAll('lname');
  const colors = sp.get('lcolor')?.split(',');
  if (!names.length && !colors) return parsed;
  const layers = parsed ?? [mainLayer()];
  const named = names.map(parseLayerName);
  if (names.length && (named.length !== layers.length || named.includes(undefined))) invalid.push('lname');
  else if (names.length) layers.forEach((l, k) => (l.name = named[k]!));
  const colored = colors?.map(parseLayerColor) ?? [];
  if (colors && (colored.length !== layers.length || colored.includes(undefined))) invalid.push('lcolor');
  else if (colors) layers.forEach((l, k) => (l.color = colored[k]!));
  return layers;
}

/** Serialises only what differs from the defaults, so links stay short. */
export function toSearch(s: ViewState): string {
  const sp = new URLSearchParams();
  if (s.from) sp.set('from', s.from);
  if (s.to) sp.set('to', s.to);
  if (s.provinces.length) sp.set('gov', s.provinces.join(','));
  if (s.types.length) sp.set('type', s.types.join(','));
  if (s.bases.length) sp.set('base', s.bases.join(','));
  if (s.text) sp.set('q', s.text);
  if (s.selected && !s.selectedLayer) sp.set('sel', s.selected);
  sp.set('lang', s.lang);
  if (s.digits !== 'native') sp.set('digits', s.digits);
  if (s.dataUrl) sp.set('data', s.dataUrl);
  if (s.sourceTypes.length) sp.set('stype', s.sourceTypes.join(','));
  if (s.radiusKm !== DEFAULT_RADIUS_KM) sp.set('r', String(s.radiusKm));
  if (s.at) sp.set('at', s.at);
  if (s.hash) sp.set('h', s.hash);
  if (s.compare) sp.set('cmp', `${s.compare.anchor}:${s.compare.days}${s.compare.map ? ':map' : ''}`);
  if (s.notes.length) {
    const encoded = encodeNotes(s.notes);
    if (encoded.length <= MAX_LINK_NOTES) sp.set('notes', encoded);
  }
  // Every visible layer beside the main dataset, in order; local files by name, to be named
  // as missing where the link is opened.
  const shown = s.layers.filter((l, k) => k > 0 && l.visible);
  for (const l of shown) sp.append('layer', layerParam(l));
  // Their names and colours as the analyst gave them, the main dataset's first.
  const linked = [s.layers[0]!, ...shown];
  if (linked.some((l) => l.name?.trim()))
    for (const l of linked) sp.append('lname', l.name?.trim() ? l.name : '');
  if (linked.some((l, k) => l.color !== defaultColor(k)))
    sp.set('lcolor', linked.map((l) => LAYER_COLORS[l.color % LAYER_COLORS.length]!.id).join(','));
  const shade = [s.layers[0], ...shown].findIndex((l) => l?.key === s.shadeLayer);
  if (shade > 0) sp.set('shade', String(shade));
  const str = sp.toString();
  return str ? `?${str}` : '';
}
