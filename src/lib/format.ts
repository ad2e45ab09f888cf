import type { Lang } from './i18n';

export type Digits = 'native' | 'latn';

/** The Intl locale for a UI language: Iraqi Arabic (Arabic-Indic digits unless Western are asked for). */
export function localeOf(lang: Lang, digits: Digits = 'native'): string {
  if (lang === 'ar') return digits === 'latn' ? 'ar-IQ-u-nu-latn' : 'ar-IQ';
  return 'en-GB';
}

export type Precision = 'year' | 'month' | 'day';
export const precisionOf = (date: string): Precision =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: string, precision: Precision, short: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${short}`;
  let f = cache.get(key);
  if (!f) {
    const month = short ? 'short' : 'long';
    const opts: Intl.DateTimeFormatOptions =
      precision === 'year'
        ? { year: 'numeric' }
        : precision === 'month'
          ? { year: 'numeric', month }
          : { year: 'numeric', month, day: 'numeric' };
    f = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** Formats a partial ISO date at its own precision: "2020-03" → "March 2020" / "آذار ٢٠٢٠". */
export function formatPartialDate(date: string, locale: string, short = false): string {
  const [y, m = '01', d = '01'] = date.split('-');
  const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return dtf(locale, precisionOf(date), short).format(t);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Formats a number in the locale; formatters are cached, as charts and tables call this a lot. */
export function formatNumber(n: number, locale: string): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * Writes the ASCII digits of an Arabic dataset text in Arabic-Indic, as Intl does for
 * numbers, so "آذار 2020" reads "آذار ٢٠٢٠". Digits that belong to a Latin code such as
 * "K-1" or "F16" are left alone. Quotes are never passed through this: they stay verbatim.
 */
export function localizeDigits(text: string, digits: Digits): string {
  if (digits === 'latn') return text;
  return text.replace(/(?<![A-Za-z\d]|[A-Za-z]-)\d+(?![A-Za-z\d])/g, (run) =>
    run.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]!),
  );
}

/** A bilingual dataset text in the reading language, its digits as the reader chose. */
export function pickText(b: { en: string; ar: string }, lang: Lang, digits: Digits): string {
  return lang === 'ar' ? localizeDigits(b.ar, digits) : b.en;
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

/**
 * A file name, path or technical message set inside a sentence, isolated from its
 * direction: in Arabic, "/bench/x.json" would otherwise show its leading slash at the end.
 */
export const isolate = (s: string): string => `\u2068${s}\u2069`;
