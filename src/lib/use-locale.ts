import { useCallback } from 'react';
import { useViewStore } from './store/view-store';
import { formatNumber, pickText } from './format';
import { formatPartialDate } from './dates/format-date';
import { localeOf } from './i18n/languages';
import type { Bilingual } from './dataset/schema';

/** Formatting bound to the active language and digit setting. */
export function useLocale() {
  const lang = useViewStore((s) => s.lang);
  const digits = useViewStore((s) => s.digits);
  const locale = localeOf(lang, digits);
  const date = useCallback((d: string, short = false) => formatPartialDate(d, locale, short), [locale]);
  const num = useCallback((n: number) => formatNumber(n, locale), [locale]);
  const text = useCallback((b: Bilingual) => pickText(b, lang, digits), [lang, digits]);
  return { lang, digits, locale, date, num, text };
}
