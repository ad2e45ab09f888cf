import type { TFunction, TOptions } from 'i18next';
import type reasons from '../i18n/reasons/en.json';
import type { Problem } from '../dataset/record-checks';
import { FIRST_PLAUSIBLE_YEAR } from '../dates/partial-date';

/** Why an export's row was set aside: a key of the `reasons` namespace's `why`. */
export type RowReason = keyof (typeof reasons)['why'];

/** The `reasons` namespace, in one language. */
export type Reasons = typeof reasons;

/** A key of the `reasons` namespace with its values filled in: i18next's t, or the download's `fill`. */
export type Say = (key: 'row' | 'rowId' | `why.${RowReason}`, values: Record<string, string>) => string;

/** i18next's t, fixed to a language and the `reasons` namespace, as a Say. */
export const viaT =
  (t: TFunction<'reasons'>): Say =>
  (key, values) =>
    t(key, values as TOptions);

/**
 * An export's row set aside, as codes, not English: the page says it in the reader's
 * language. `value` is the file's text the reason quotes, as written (cut to 60 characters).
 */
export interface RowProblem {
  row: number;
  /** The source's id for the row, or '' when it has none. */
  id: string;
  /** The file's column. */
  field: string;
  reason: RowReason;
  value: string;
}

/** What a file sets aside: a dataset's records (checked in English) or an export's rows. */
export type SetAside = Problem | RowProblem;

export const isRowProblem = (p: SetAside): p is RowProblem => 'reason' in p;

/** The figures a reason's text names: the plausible dates' first year, and UCDP's place codes. */
const FIGURES = { first: String(FIRST_PLAUSIBLE_YEAR), codes: '1–7' };

/** How a row's problem is written: plain, as in the download, unless told otherwise. */
export interface Writing {
  /** The row number. */
  num: (n: number) => string;
  /** The digits of a figure (a year, a code): never grouped. */
  digits: (s: string) => string;
  /** The file's own text (the page isolates it, so it keeps its order in Arabic). */
  quote: (s: string) => string;
}

const PLAIN: Writing = { num: String, digits: (s) => s, quote: (s) => s };

/** A row's problem said in a language (`t` fixed to it and to the `reasons` namespace, once
 * loaded: see loadReasons): the record, field and reason. */
export function sayRow(p: RowProblem, t: Say, w: Writing = PLAIN): Problem {
  return {
    record: p.id ? t('rowId', { row: w.num(p.row), id: w.quote(p.id) }) : t('row', { row: w.num(p.row) }),
    field: p.field,
    message: t(`why.${p.reason}`, {
      first: w.digits(FIGURES.first),
      codes: w.digits(FIGURES.codes),
      value: w.quote(p.value),
    }),
  };
}
