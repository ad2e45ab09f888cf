import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import type { Problem } from '../lib/dataset/record-checks';
import type { DrawdownEvent } from '../lib/dataset/schema';
import type { Governorates } from '../lib/import/governorates';
import { isRowProblem, sayRow, viaT, type SetAside } from '../lib/import/row-problem';
import { streamOf } from './streams';

/** The bundled governorate boundaries, as an import reads them. */
export const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;

/** An import fixture's text (tests/fixtures/import). */
export const fixtureText = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

/** `text` (or bytes) as a stream of pieces of `size` bytes (or of the sizes it picks), as a
 * download arrives (Node's own Blob streams a small one in one piece): a byte stream, as a
 * download's body is. */
export function pieces(
  text: string | Uint8Array,
  size: number | (() => number) = 997,
): ReadableStream<Uint8Array> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const next = typeof size === 'number' ? () => size : size;
  let at = 0;
  return streamOf(() => (at >= bytes.length ? null : bytes.subarray(at, (at += next()))));
}

/** What an import made of a row, to compare two readings of the same rows. */
export const asRead = (e: DrawdownEvent) => ({
  id: e.id,
  date: e.date,
  type: e.type,
  province: e.province,
  base: e.base,
  category: e.origin!.sourceType.en,
  place: e.origin!.place.precision,
  lat: e.origin!.place.lat,
  lon: e.origin!.place.lon,
});

/** What a file set aside, in English, as the download writes it. */
export const inEnglish = (p: SetAside): Problem =>
  isRowProblem(p) ? sayRow(p, viaT(i18next.getFixedT('en', 'reasons'))) : p;
