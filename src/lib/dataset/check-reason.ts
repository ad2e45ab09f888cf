import type { z } from 'zod';
import reasons from '../i18n/reasons/en.json' with { type: 'json' };
import { fillTemplate, reasonValues } from '../import/row-problem';

/** Why a dataset's record was set aside, when the words are Drawdown's: a key of `reasons.check`. */
export type CheckReason = keyof (typeof reasons)['check'];

/** What a reason's words name besides `value`: texts (the file's, or the browser's) and counts. */
export interface Named {
  texts?: Record<string, string>;
  counts?: Record<string, number>;
}

/**
 * A check's English: the schema's messages, a refused file's reason and `npm run
 * data:check`'s report. The words live once, in the `reasons` namespace, beside their Arabic.
 */
export const checkText = (why: CheckReason, value = '', named: Named = {}): string =>
  fillTemplate(reasons.check[why], reasonValues({ value, ...named }));

/** A reason as its English words and its codes, to be said again in the reader's language. */
export const words = (why: CheckReason, value?: string, named: Named = {}) => ({
  message: checkText(why, value, named),
  check: { why, value, ...named } satisfies Check,
});

/** The schema's fixed messages, by their words (see checkOf). */
const BY_TEXT = new Map(
  (Object.keys(reasons.check) as CheckReason[]).map((why) => [checkText(why), why] as const),
);

/**
 * A zod issue as the page needs it to say the issue in another language (zod's own locale,
 * see sayCheck): the fields zod's messages read, with the record's value reduced to a
 * stand-in of its type, so nothing of a large record crosses to the page twice.
 */
export interface IssueLite {
  code: string;
  [field: string]: unknown;
}

/**
 * What a dataset's check found, or why a file was refused, as codes, so the page can say it
 * in the reader's language; `at`, where in the file (a field's path), when the words need it.
 */
export type Check = (({ why: CheckReason; value?: string } & Named) | { zod: IssueLite }) & { at?: string };

const standIn = (v: unknown): unknown =>
  v === null || typeof v !== 'object' ? (typeof v === 'string' ? '' : v) : Array.isArray(v) ? [] : {};

/** A field's value as it can cross to the page: a pattern or a bigint as its text. */
const plain = (v: unknown): unknown =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v == null ? v : String(v);

const SCALARS = [
  'expected',
  'origin',
  'minimum',
  'maximum',
  'inclusive',
  'exact',
  'format',
  'pattern',
  'divisor',
  'prefix',
  'suffix',
  'includes',
] as const;

/** The codes of a zod issue: one of Drawdown's own messages, or zod's issue itself. */
export function checkOf(issue: z.core.$ZodIssue): Check {
  const why = BY_TEXT.get(issue.message);
  if (why) return { why };
  const lite: IssueLite = { code: issue.code };
  const all = issue as unknown as Record<string, unknown>;
  for (const k of SCALARS) if (all[k] !== undefined) lite[k] = plain(all[k]);
  if ('values' in issue) lite.values = issue.values.map(plain);
  if ('keys' in issue) lite.keys = issue.keys.slice(0, 20).map((k) => k.slice(0, 60));
  if (issue.code === 'invalid_type') lite.input = standIn(issue.input);
  return { zod: lite };
}
