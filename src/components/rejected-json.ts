import type { Problem } from '../lib/dataset/record-checks';
import type { CheckReason } from '../lib/dataset/check-reason';
import {
  fillTemplate,
  type Reasons,
  type RowReason,
  type Say,
  type SetAside,
} from '../lib/import/row-problem';
import { TextBlobs } from '../lib/text-blobs';

/** Records to a piece: a few milliseconds' work. */
const STEP = 1_000;

/**
 * The list of records set aside, each as `say` writes it, as `JSON.stringify({ origin,
 * rejected }, null, 2)` writes them, in pieces of STEP records, so that it can be written a
 * piece at a task (see rejectedFile): in one go, the 322,000 rows outside Iraq of a regional
 * export held the page 1.1 s.
 */
export function* rejectedJson<P extends SetAside>(
  origin: string,
  rejected: readonly P[],
  say: (p: P) => Problem,
): Generator<string, void> {
  yield `{\n  "origin": ${JSON.stringify(origin)},\n  "rejected": [`;
  for (let k = 0; k < rejected.length; k += STEP) {
    let piece = '';
    for (let j = k; j < Math.min(k + STEP, rejected.length); j++) {
      // The words only: a record's codes are for the page to say them in its language.
      const { record, field, message } = say(rejected[j]!);
      // Each record two levels in: its own lines indented by four more spaces.
      const text = JSON.stringify({ record, field, message }, null, 2);
      piece += `${j ? ',' : ''}\n    ${text.replace(/\n/g, '\n    ')}`;
    }
    yield piece;
  }
  yield rejected.length ? '\n  ]\n}' : ']\n}';
}

/**
 * The list as one file, written a piece at a time (run it with inSlices), each piece made a
 * Blob as it comes: one Blob of 322,000 records' text took 0.3–0.6 s to make; a Blob made of
 * Blobs only refers to them.
 */
export function* rejectedFile<P extends SetAside>(
  origin: string,
  rejected: readonly P[],
  say: (p: P) => Problem,
): Generator<void, Blob> {
  const blobs: Blob[] = [];
  const text = new TextBlobs();
  for (const piece of rejectedJson(origin, rejected, say)) {
    blobs.push(text.of(piece));
    yield;
  }
  return new Blob(blobs, { type: 'application/json' });
}

/**
 * The namespace's templates filled in directly, for the download's every row: i18next's t,
 * ~4 µs a call, took a regional export's 322,000 rows from 0.8 to 3.7 s.
 */
export const fill =
  (templates: Reasons): Say =>
  (key, values) =>
    fillTemplate(
      key.startsWith('why.')
        ? templates.why[key.slice(4) as RowReason]
        : key.startsWith('check.')
          ? templates.check[key.slice(6) as CheckReason]
          : templates[key as 'row' | 'rowId'],
      values,
    );
