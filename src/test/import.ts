import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import type { Problem } from '../lib/dataset/record-checks';
import type { Governorates } from '../lib/import/governorates';
import { isRowProblem, sayRow, viaT, type SetAside } from '../lib/import/row-problem';

/** The bundled governorate boundaries, as an import reads them. */
export const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;

/** An import fixture's text (tests/fixtures/import). */
export const fixtureText = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

/** `text` as a stream of pieces of `size` bytes, as a download arrives (Node's own Blob
 * streams a small one in one piece). */
export function pieces(text: string, size = 997): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(ctl) {
      if (at >= bytes.length) ctl.close();
      else ctl.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

/** What a file set aside, in English, as the download writes it. */
export const inEnglish = (p: SetAside): Problem =>
  isRowProblem(p) ? sayRow(p, viaT(i18next.getFixedT('en', 'reasons'))) : p;
