import { datePrecisions, governorateBy, importFormats, placePrecisions } from './vocabulary';
import type { Origin } from './schema';

// An imported row's provenance, packed field by field beside its event (see packEvents):
// strings through the event's `put` (a value rows repeat is held once per chunk), numbers
// with its numbers. As JSON, with its Arabic category, it took ~1.2 KB a row.

// An origin's small parts, in one number: its enums (3 bits each), which optional parts it
// has, and which source texts are the summary's own words (an import's notes are its summary).
export const O_LAT = 1 << 12;
export const O_LON = 1 << 13;
export const O_FATALITIES = 1 << 14;
export const O_LOW = 1 << 15;
export const O_HIGH = 1 << 16;
/** Source texts: their number (4 bits; at most 10), then one bit each. */
export const O_TEXTS = 17;
export const O_SAME = 21;

/** The provenance fields, in the schema's order, that the codec writes. */
export const PACKED_ORIGIN_FIELDS = [
  'format',
  'file',
  'row',
  'id',
  'sourceType',
  'dateGiven',
  'datePrecision',
  'place',
  'fatalities',
  'sourceText',
] as const;

/** The provenance packOrigin wrote, in the schema's order, absent parts absent. */
export function readOrigin(str: () => string, num: () => number, summary: string): Origin {
  const bits = num();
  const row = num();
  const lat = bits & O_LAT ? num() : undefined;
  const lon = bits & O_LON ? num() : undefined;
  let fatalities: Origin['fatalities'];
  if (bits & O_FATALITIES) {
    fatalities = { best: num() };
    if (bits & O_LOW) fatalities.low = num();
    if (bits & O_HIGH) fatalities.high = num();
  }
  const format = importFormats[bits & 7]!;
  const file = str();
  const id = str();
  const sourceType = { en: str(), ar: str() };
  const dateGiven = str();
  const place: Origin['place'] = {
    text: str(),
    admin1: str(),
    ...(lat !== undefined ? { lat } : {}),
    ...(lon !== undefined ? { lon } : {}),
    precision: placePrecisions[(bits >> 6) & 7]!,
    governorateBy: governorateBy[(bits >> 9) & 7]!,
  };
  const sourceText = Array.from({ length: (bits >> O_TEXTS) & 15 }, (_, k) => ({
    label: str(),
    text: bits & (1 << (O_SAME + k)) ? summary : str(),
  }));
  // In the schema's order, absent parts absent.
  return {
    format,
    file,
    row,
    id,
    sourceType,
    dateGiven,
    datePrecision: datePrecisions[(bits >> 3) & 7]!,
    place,
    ...(fatalities ? { fatalities } : {}),
    sourceText,
  };
}
