import type { PackedStrings } from '../dataset/packed-strings';
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
// Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits: the sets of DIGIT_ZEROS
// (i18n/languages), repeated here because importing it split the language table out of its
// chunk into a file of its own in the page's first script (+0.3 KB). A test holds them equal.
for (let d = 0; d < 10; d++) {
  MAP[0x0660 + d] = 0x30 + d;
  MAP[0x06f0 + d] = 0x30 + d;
}
for (let c = 0x41; c <= 0x5a; c++) MAP[c] = c + 32;
for (const ch of ' \t\n\r\f\v\u00a0-‐–—_.,;:!?"\'’“”«»()[]/\\،؛؟') MAP[ch.charCodeAt(0)] = 32;

// Reused between calls: normalising 100,000 strings should not allocate 100,000 buffers.
const BUFFER = new Uint16Array(64 * 1024);

/**
 * The code units `text` folds to through `table` (see normalizeForSearch), before any
 * lower-casing outside ASCII; in a buffer reused by the next call. A table entry below -1
 * stops the fold and is returned (see packFolded's tables; MAP has none).
 */
function foldUnits(text: string, table: Int32Array): Uint16Array | number {
  const out = text.length <= BUFFER.length ? BUFFER : new Uint16Array(text.length);
  let n = 0;
  let space = true; // drops leading separators
  for (let i = 0; i < text.length; i++) {
    const m = table[text.charCodeAt(i)]!;
    if (m === -1) continue;
    if (m === 32) {
      if (!space) out[n++] = 32;
      space = true;
    } else if (m < 0) return m;
    else {
      out[n++] = m;
      space = false;
    }
  }
  if (n > 0 && out[n - 1] === 32) n--;
  return out.subarray(0, n);
}

/**
 * Folds text for forgiving search in either script: strips Arabic diacritics and tatweel,
 * unifies alef, teh marbuta, alef maksura and hamza carriers, maps Arabic-Indic digits to
 * ASCII, lower-cases Latin (and strips its accents), and collapses punctuation and spaces.
 * One pass over a lookup table: it runs over every event of a 100,000-event file.
 */
export function normalizeForSearch(text: string): string {
  // Unicode normalisation is slow; only accented Latin needs it.
  const s = LATIN_ACCENTED.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  const r = UTF16.decode(foldUnits(s, MAP) as Uint16Array);
  // Capitals outside ASCII are rare; lower-case them the slow way only when present.
  return OTHER_SCRIPT.test(r) ? r.toLowerCase() : r;
}

/** packFolded's table entries: fold the text the slow way; strip the text's accents first. */
const SLOW = -2;
const ACCENTED = -3;
const isAccented = (c: number) => LATIN_ACCENTED.test(String.fromCharCode(c));
/** What a unit folds to, where that is a separator, nothing, or ASCII or Arabic (UTF-8 in one
 * or two bytes), so packFolded writes it without making the folded string. */
const writesFast = (m: number) => m === -1 || m === 32 || (m > 32 && m <= 0x7e) || (m >= 0x600 && m <= 0x6ff);
let fastTables: { plain: Int32Array; accents: Int32Array } | null = null;

/**
 * packFolded's two tables. `plain`: MAP where it gives what writesFast takes, ACCENTED for
 * accented Latin, else SLOW. `accents`, for a text with accented Latin, which normalizeForSearch
 * decomposes whole (NFKD) and strips of its marks: each unit decomposed and stripped alone,
 * then through MAP, where that gives one unit writesFast takes, else SLOW. Alone and whole
 * agree here: decomposing only reorders marks, and every mark left is dropped.
 */
function tables() {
  if (fastTables) return fastTables;
  const plain = new Int32Array(0x10000).fill(SLOW);
  const accents = new Int32Array(0x10000).fill(SLOW);
  for (let c = 0; c < 0x10000; c++) {
    if (isAccented(c)) plain[c] = ACCENTED;
    else if (writesFast(MAP[c]!)) plain[c] = MAP[c]!;
    else continue;
    const d = String.fromCharCode(c)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '');
    const units = Array.from(d, (ch) => MAP[ch.charCodeAt(0)]!).filter((m) => m !== -1);
    if (units.length === 0) accents[c] = -1;
    else if (units.length === 1 && writesFast(units[0]!)) accents[c] = units[0]!;
  }
  return (fastTables = { plain, accents });
}

/**
 * packFolded's working buffer, kept from call to call (its result is a copy): a new one for
 * each chunk of a load was fresh memory, a page fault for each 4 KB (see eachPiece).
 */
let scratch = new Uint8Array(0);

/**
 * The folded texts as UTF-8 bytes, packed (see PackedStrings): the same bytes as packing
 * normalizeForSearch of each, written straight from the folded code units when they are
 * ASCII and Arabic (accented Latin stripped), as nearly all are. The parsing worker folds
 * every event this way: in Chromium, making each folded string and then encoding it (both
 * through the browser's text codecs) took ~1 s of a 100,000-event file's load, and
 * decomposing every text with an accented place name another ~0.3 s of a 100,000-row export.
 */
export function packFolded(texts: readonly string[]): PackedStrings {
  const { plain, accents } = tables();
  let units = 0;
  for (const t of texts) units += t.length;
  let bytes = scratch.length >= units * 2 + 16 ? scratch : (scratch = new Uint8Array(units * 2 + 16));
  const room = (need: number) => {
    if (need <= bytes.length) return;
    const next = new Uint8Array(Math.max(need, bytes.length * 2));
    next.set(bytes.subarray(0, at));
    bytes = scratch = next;
  };
  const ends = new Int32Array(texts.length);
  const encoder = new TextEncoder();
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    let u = foldUnits(text, plain);
    if (u === ACCENTED) u = foldUnits(text, accents);
    let k = at;
    if (typeof u === 'number') {
      const folded = normalizeForSearch(text);
      room(at + folded.length * 3);
      k += encoder.encodeInto(folded, bytes.subarray(at)).written;
    } else {
      room(at + u.length * 2);
      for (let j = 0; j < u.length; j++) {
        const c = u[j]!;
        if (c < 0x80) bytes[k++] = c;
        else {
          bytes[k++] = 0xc0 | (c >> 6);
          bytes[k++] = 0x80 | (c & 0x3f);
        }
      }
    }
    ends[i] = at = k;
  }
  return { bytes: bytes.slice(0, at), ends };
}

/** True when every word of the query appears in the (already normalised) haystack. */
export function matchesQuery(haystack: string, normalizedQuery: string): boolean {
  if (!normalizedQuery) return true;
  for (const word of normalizedQuery.split(' ')) if (!haystack.includes(word)) return false;
  return true;
}
