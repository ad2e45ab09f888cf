const LATIN_ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const OTHER_SCRIPT = /[^ -~\u0600-\u06ff]/;
const UTF16 = new TextDecoder('utf-16le');

// One table from UTF-16 code unit to what it becomes: -1 drop, 32 a separator, else the unit.
const MAP = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) MAP[c] = c;
const drop = (from: number, to = from) => {
  for (let c = from; c <= to; c++) MAP[c] = -1;
};
// Tashkeel, Quranic marks, superscript alef and tatweel.
drop(0x0610, 0x061a);
drop(0x064b, 0x065f);
drop(0x0670);
drop(0x06d6, 0x06ed);
drop(0x0640);
// Alef with hamza or madda, and alef wasla, become bare alef; teh marbuta heh; alef maksura
// yeh; hamza on waw or yeh the bare letter.
for (const c of [0x0623, 0x0625, 0x0622, 0x0671]) MAP[c] = 0x0627;
MAP[0x0629] = 0x0647;
MAP[0x0649] = 0x064a;
MAP[0x0624] = 0x0648;
MAP[0x0626] = 0x064a;
// Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits.
for (let d = 0; d < 10; d++) {
  MAP[0x0660 + d] = 0x30 + d;
  MAP[0x06f0 + d] = 0x30 + d;
}
for (let c = 0x41; c <= 0x5a; c++) MAP[c] = c + 32;
for (const ch of ' \t\n\r\f\v\u00a0-‐–—_.,;:!?"\'’“”«»()[]/\\،؛؟') MAP[ch.charCodeAt(0)] = 32;

// Reused between calls: normalising 100,000 strings should not allocate 100,000 buffers.
const BUFFER = new Uint16Array(64 * 1024);

/**
 * Folds text for forgiving search in either script: strips Arabic diacritics and tatweel,
 * unifies alef, teh marbuta, alef maksura and hamza carriers, maps Arabic-Indic digits to
 * ASCII, lower-cases Latin (and strips its accents), and collapses punctuation and spaces.
 * One pass over a lookup table: it runs over every event of a 100,000-event file.
 */
export function normalizeForSearch(text: string): string {
  // Unicode normalisation is slow; only accented Latin needs it.
  const s = LATIN_ACCENTED.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  const out = s.length <= BUFFER.length ? BUFFER : new Uint16Array(s.length);
  let n = 0;
  let space = true; // drops leading separators
  for (let i = 0; i < s.length; i++) {
    const m = MAP[s.charCodeAt(i)]!;
    if (m === -1) continue;
    if (m === 32) {
      if (!space) out[n++] = 32;
      space = true;
    } else {
      out[n++] = m;
      space = false;
    }
  }
  if (n > 0 && out[n - 1] === 32) n--;
  const r = UTF16.decode(out.subarray(0, n));
  // Capitals outside ASCII are rare; lower-case them the slow way only when present.
  return OTHER_SCRIPT.test(r) ? r.toLowerCase() : r;
}

/** True when every word of the query appears in the (already normalised) haystack. */
export function matchesQuery(haystack: string, normalizedQuery: string): boolean {
  if (!normalizedQuery) return true;
  for (const word of normalizedQuery.split(' ')) if (!haystack.includes(word)) return false;
  return true;
}
