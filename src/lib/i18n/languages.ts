/**
 * The one table of language facts: direction, Intl locale, digits, axis label width. i18n,
 * the URL, formatting and layout all read it; nothing else branches on a language code.
 * Kept free of the translation files so the URL parser can use it cheaply.
 */
export const LANGUAGES = {
  en: {
    dir: 'ltr',
    locale: 'en-GB',
    latnLocale: 'en-GB',
    ownDigits: false,
    monthLabelPx: 72,
    monthTextPx: 52,
    yearLabelPx: 44,
    yearTextPx: 28,
    letters: /[A-Za-z]/,
  },
  // Iraqi Arabic: Iraqi month names, Arabic-Indic digits unless Western ones are asked for.
  ar: {
    dir: 'rtl',
    locale: 'ar-IQ',
    latnLocale: 'ar-IQ-u-nu-latn',
    ownDigits: true,
    monthLabelPx: 120,
    monthTextPx: 84,
    yearLabelPx: 44,
    yearTextPx: 28,
    letters: /[\u0600-\u06FF]/,
  },
} as const satisfies Record<
  string,
  {
    dir: 'ltr' | 'rtl';
    locale: string;
    latnLocale: string;
    ownDigits: boolean;
    monthLabelPx: number;
    /** The widest month label's text at the axis' 11 px ("Sept 2020", "تشرين الثاني ٢٠٢٠"). */
    monthTextPx: number;
    /** The same for a year ("2020", "٢٠٢٠"), labelled alone on a long axis. */
    yearLabelPx: number;
    yearTextPx: number;
    letters: RegExp;
  }
>;

export type Lang = keyof typeof LANGUAGES;
export const LANG_CODES = Object.keys(LANGUAGES) as Lang[];
export const DEFAULT_LANG: Lang = 'en';

/** Which digits a language with digits of its own writes: its own (native) or Western (latn). */
export const DIGIT_STYLES = ['native', 'latn'] as const;
export type Digits = (typeof DIGIT_STYLES)[number];

export const dirOf = (lang: Lang): 'ltr' | 'rtl' => LANGUAGES[lang].dir;
export const isRtl = (lang: Lang): boolean => LANGUAGES[lang].dir === 'rtl';
export const isLang = (s: string): s is Lang => Object.hasOwn(LANGUAGES, s);

/** The digits actually written: a language without digits of its own always writes Western ones. */
export const digitsFor = (lang: Lang, digits: Digits): Digits =>
  LANGUAGES[lang].ownDigits ? digits : 'latn';

/** The Intl locale for a UI language and digit setting. */
export const localeOf = (lang: Lang, digits: Digits = 'native'): string =>
  digitsFor(lang, digits) === 'latn' ? LANGUAGES[lang].latnLocale : LANGUAGES[lang].locale;

/** The language a first visit should get: the first of the browser's that we have. */
export function browserLang(
  nav: Pick<Navigator, 'languages' | 'language'> | undefined = globalThis.navigator,
): Lang {
  const prefs = nav?.languages?.length ? nav.languages : [nav?.language ?? DEFAULT_LANG];
  for (const p of prefs) {
    const base = p.toLowerCase().split('-')[0] ?? '';
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}

/** Whether a text has letters of a language's script (a quote's language; a check that Arabic is Arabic). */
export const hasLettersOf = (lang: Lang, text: string): boolean => LANGUAGES[lang].letters.test(text);

/** The language a text is written in, judged by script: a right-to-left script wins. */
export const langOfText = (text: string): Lang =>
  LANG_CODES.find((l) => isRtl(l) && hasLettersOf(l, text)) ?? DEFAULT_LANG;

/** The language a toggle offers next. */
export const nextLang = (lang: Lang): Lang => LANG_CODES[(LANG_CODES.indexOf(lang) + 1) % LANG_CODES.length]!;

/** The zero of the digits Arabic mode writes (Arabic-Indic, as written in Iraq). */
export const ARABIC_INDIC_ZERO = 0x0660;

/**
 * The digit sets a text may hold or a reader may type: ASCII, Arabic-Indic and Eastern
 * Arabic-Indic (Persian and Urdu keyboards), each by its zero; each runs to nine.
 */
export const DIGIT_ZEROS = [0x30, ARABIC_INDIC_ZERO, 0x06f0] as const;

/** The Arabic decimal separator, "٫". */
export const ARABIC_DECIMAL = '\u066b';

const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/** One digit of any set, as a pattern's source. */
export const ANY_DIGIT = `[${DIGIT_ZEROS.map((z) => `${unit(z)}-${unit(z + 9)}`).join('')}]`;

/** A digit's value, in any set; -1 for any other code unit. */
export function digitValue(code: number): number {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return code - zero;
  return -1;
}
