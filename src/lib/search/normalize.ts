// Tashkeel (U+064B–U+065F), superscript alef (U+0670), Quranic marks, and tatweel (U+0640).
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
};
const FOLD_RE = /[أإآٱةىؤئ]/g;
const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Folds text for forgiving search in either script: strips Arabic diacritics and tatweel,
 * unifies alef, teh marbuta, alef maksura and hamza carriers, maps Arabic-Indic digits to
 * ASCII, lower-cases Latin (and strips its accents), and collapses punctuation and spaces.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(FOLD_RE, (c) => FOLD[c] ?? c)
    .replace(ARABIC_INDIC, (c) => String((c.charCodeAt(0) & 0xf) % 10))
    .toLowerCase()
    .replace(/[\s\-‐–—_.,;:!?"'’“”«»()[\]/\\،؛؟]+/g, ' ')
    .trim();
}

/** True when every word of the query appears in the (already normalised) haystack. */
export function matchesQuery(haystack: string, normalizedQuery: string): boolean {
  if (!normalizedQuery) return true;
  for (const word of normalizedQuery.split(' ')) if (!haystack.includes(word)) return false;
  return true;
}
