import type { TFunction, TOptions } from 'i18next';
import type reasons from '../i18n/reasons/en.json';
import type { Problem } from '../dataset/record-checks';
import type { Check, CheckReason, IssueLite, Named } from '../dataset/check-reason';
import { REASON_FIGURES } from '../dataset/reason-figures';

/** Why an export's row was set aside: a key of the `reasons` namespace's `why`. */
export type RowReason = keyof (typeof reasons)['why'];

/** The `reasons` namespace, in one language. */
export type Reasons = typeof reasons;

/** A key of the `reasons` namespace with its values filled in: i18next's t, or the download's `fill`. */
export type Say = (
  key: 'row' | 'rowId' | `why.${RowReason}` | `check.${CheckReason}` | `hint.${keyof Reasons['hint']}`,
  values: Record<string, string>,
) => string;

/** zod's words for one of its own issues, in a language (its locale's error map). */
export type SayZod = (issue: IssueLite) => string;

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

/** What a file sets aside: a dataset's records (said in English, with their codes) or an export's rows. */
export type SetAside = Problem | RowProblem;

export const isRowProblem = (p: SetAside): p is RowProblem => 'reason' in p;

/** How a row's problem is written: plain, as in the download, unless told otherwise. */
export interface Writing {
  /** The row number. */
  num: (n: number) => string;
  /** The digits of a figure (a year, a code, a length): never grouped. */
  digits: (s: string) => string;
  /** The file's own text (the page isolates it, so it keeps its order in Arabic). */
  quote: (s: string) => string;
}

const PLAIN: Writing = { num: String, digits: (s) => s, quote: (s) => s };

/** A template of the `reasons` namespace with its `{{values}}` filled in (a name not given stays). */
export const fillTemplate = (template: string, values: Record<string, string>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => values[k] ?? m);

/**
 * The values a reason's words name, as a language writes them (plain, for the English of the
 * checks and the download): the file's text, the figures the words always name, and those a
 * reason adds.
 */
export function reasonValues(c: { value?: string } & Named, w: Writing = PLAIN): Record<string, string> {
  const values: Record<string, string> = { value: w.quote(c.value ?? '') };
  for (const [k, v] of Object.entries(REASON_FIGURES)) values[k] = w.digits(v);
  for (const [k, v] of Object.entries(c.texts ?? {})) values[k] = w.quote(v);
  for (const [k, n] of Object.entries(c.counts ?? {})) values[k] = w.num(n);
  return values;
}

/** A row's problem said in a language (`t` fixed to it and to the `reasons` namespace, once
 * loaded: see loadReasons): the record, field and reason. */
export function sayRow(p: RowProblem, t: Say, w: Writing = PLAIN): Problem {
  return {
    record: p.id ? t('rowId', { row: w.num(p.row), id: w.quote(p.id) }) : t('row', { row: w.num(p.row) }),
    field: p.field,
    message: t(`why.${p.reason}`, reasonValues(p, w)),
  };
}

const LIMITS = new Set(['too_small', 'too_big']);

/**
 * A check's reason, or a refused file's, said in a language from its codes: in Drawdown's
 * words (`t`) or zod's (`zod`, for zod's own issues). Undefined without the words.
 */
export function sayReason(c: Check, t: Say, zod: SayZod | undefined, w: Writing = PLAIN): string | undefined {
  let said = 'zod' in c ? zod?.(c.zod) : t(`check.${c.why}`, reasonValues(c, w));
  // A limit zod names (">= 0") in the reader's digits; its other words may quote a pattern.
  if (said !== undefined && 'zod' in c && LIMITS.has(c.zod.code)) said = w.digits(said);
  return said === undefined || !c.at ? said : `${w.quote(c.at)}: ${said}`;
}

/**
 * A dataset's record said in a language (see sayReason); the record and field stay as the
 * file names them. Without the words, or codes, it stays in English.
 */
export function sayCheck(p: Problem, t: Say, zod: SayZod | undefined, w: Writing = PLAIN): Problem {
  const message = p.check && sayReason(p.check, t, zod, w);
  return message === undefined ? p : { ...p, message };
}
