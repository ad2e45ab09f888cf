// The dataset's vocabulary (types, figures, forces, id and governorate-code patterns), shared
// by the zod schema and the URL parser. Kept free of zod so the main bundle can use it while
// validation runs in a worker. Date rules live in lib/dates.

export const eventTypes = [
  'attack',
  'strike',
  'handover',
  'political',
  'dialogue',
  'troops',
  'operation',
] as const;

export const figureKeys = [
  'attacks',
  'rockets',
  'killed',
  'wounded',
  'troops',
  'valueUsd',
  'ammunitionRounds',
  'shipments',
  'vehicles',
  'bases',
] as const;

/** An imported row's provenance: its file's format, the precision its date and place are given
 * to, and how its governorate was found (from its name, or from the point in the boundaries). */
export const importFormats = ['ucdp-ged', 'acled'] as const;
export const datePrecisions = ['day', 'week', 'month', 'year', 'range'] as const;
/** Where a place is known to: an exact point … only the country. */
export const placePrecisions = ['exact', 'near', 'district', 'governorate', 'country'] as const;
export const governorateBy = ['name', 'point', 'none'] as const;

export const forces = ['us', 'coalition-other', 'coalition-total', 'foreign-total'] as const;

export const SCHEMA_VERSION = 1;

/** Record ids: lower-case letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** Governorates by their ISO 3166-2:IQ code. */
export const PROVINCE_CODE = /^IQ-[A-Z]{2}$/;

/**
 * Bidi overrides, embeddings and isolates: they can make a text read as something else, and
 * reorder the page around it (marks such as U+200F only set a direction, and are common in
 * Arabic text).
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Whether a line from a link (a path, a file's or a layer's name) can be shown and used as it
 * is: no control character (C0, DEL, C1), which breaks a line or lets some parsers read a path
 * as another host, and no bidi control, which reorders the page around it.
 */
export function isPlainLine(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return false;
  }
  return !BIDI_CONTROLS.test(s);
}

/** An id no longer than `max` (the URL bounds what a link may carry). */
export const isId = (s: string, max = Infinity): boolean => s.length <= max && ID_PATTERN.test(s);
export const isProvinceCode = (s: string): boolean => PROVINCE_CODE.test(s);
