import {
  ANY_DIGIT,
  ARABIC_DECIMAL,
  ARABIC_INDIC_ZERO,
  digitValue,
  digitsFor,
  type Digits,
  type Lang,
} from './i18n/languages';

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Formats a number in the locale; formatters are cached, as charts and tables call this a lot. */
export function formatNumber(n: number, locale: string): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}

const signedFormats = new Map<string, Intl.NumberFormat>();
/** A change, signed (+3, −2, 0) the locale's way: in Arabic the sign keeps its side of the number. */
export function formatSigned(n: number, locale: string): string {
  let f = signedFormats.get(locale);
  if (!f) signedFormats.set(locale, (f = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' })));
  return f.format(n);
}

/**
 * Writes the ASCII digits of an Arabic dataset text in Arabic-Indic, as Intl does for
 * numbers, so "آذار 2020" reads "آذار ٢٠٢٠". Digits in a word with Latin letters belong to a
 * code, such as "K-1", "F16" or a file name ("ucdp-ged-23.1-sample.csv", whose "1" became
 * "١"), and are left alone. Quotes are never passed through this: they stay verbatim.
 */
export function localizeDigits(text: string, digits: Digits): string {
  if (digits === 'latn' || !/\d/.test(text)) return text;
  return text.replace(/\S*\d\S*/g, (word) =>
    /[A-Za-z]/.test(word)
      ? word
      : word.replace(/\d/g, (d) => String.fromCharCode(ARABIC_INDIC_ZERO + Number(d))),
  );
}

const DIGIT = new RegExp(ANY_DIGIT, 'g');

/**
 * A number as a reader may type it: in either digit set (Arabic-Indic or Eastern
 * Arabic-Indic), with "." or "٫" as the decimal point. NaN for anything else, including
 * grouping, signs and exponents, which no field here needs.
 */
export function parseLocalNumber(text: string): number {
  const ascii = text
    .trim()
    .replace(DIGIT, (d) => String(digitValue(d.charCodeAt(0))))
    .replace(ARABIC_DECIMAL, '.');
  return /^(\d+\.?\d*|\.\d+)$/.test(ascii) ? Number(ascii) : NaN;
}

/** A bilingual dataset text in the reading language, its digits as the reader chose. */
export function pickText(b: Record<Lang, string>, lang: Lang, digits: Digits): string {
  return localizeDigits(b[lang], digitsFor(lang, digits));
}

const sourceNumbers = new Map<string, Intl.NumberFormat>();
/** A source's number as its file name writes it ("001"), in the locale's digits. */
export function formatSourceNumber(i: number, locale: string): string {
  let f = sourceNumbers.get(locale);
  if (!f)
    sourceNumbers.set(
      locale,
      (f = new Intl.NumberFormat(locale, { minimumIntegerDigits: 3, useGrouping: false })),
    );
  return f.format(i);
}

const lists = new Map<string, Intl.ListFormat>();
/** A short list of names in the locale's own way ("Anbar, Kirkuk"; "الأنبار وكركوك"). */
export function formatList(items: readonly string[], locale: string): string {
  let f = lists.get(locale);
  if (!f) lists.set(locale, (f = new Intl.ListFormat(locale, { type: 'unit', style: 'short' })));
  return f.format(items);
}

/**
 * A file name, path or technical message set inside a sentence, isolated from its
 * direction: in Arabic, "/bench/x.json" would otherwise show its leading slash at the end.
 */
export const isolate = (s: string): string => `\u2068${s}\u2069`;
