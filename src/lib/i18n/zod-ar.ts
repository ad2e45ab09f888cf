import zodArabic from 'zod/v4/locales/ar.js';
import type { SayZod } from '../import/row-problem';

const map = zodArabic().localeError;

// zod's Arabic names the types in English ("يفترض إدخال string، ولكن تم إدخال number").
const TYPES: Record<string, string> = {
  string: 'نص',
  number: 'عدد',
  boolean: 'قيمة منطقية',
  array: 'قائمة',
  object: 'كائن',
  undefined: 'لا شيء',
  null: 'قيمة خالية',
};
const TYPE_WORD = /\b(?:string|number|boolean|array|object|undefined|null)\b/g;
// Only these issues' words hold type names and no value from the file or the schema.
const TYPED = new Set(['invalid_type', 'too_small', 'too_big']);

/** zod's words for its own issues in Arabic, its type names in Arabic too. Loaded with the
 * reasons (see loadReasons): only a file that sets records aside needs them. */
export const sayZodArabic: SayZod = (issue) => {
  const said = map(issue as unknown as Parameters<typeof map>[0]);
  const text = typeof said === 'string' ? said : (said?.message ?? issue.code);
  return TYPED.has(issue.code) ? text.replace(TYPE_WORD, (w) => TYPES[w] ?? w) : text;
};
