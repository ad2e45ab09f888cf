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

/**
 * Makes the locale's first number and date formatters while the page waits (a large file
 * checked in the worker leaves it idle for seconds), each in an idle task of its own: the
 * first Intl formatter of a kind costs ~50 ms in Chromium, and was made inside the task that
 * first showed the worker's progress or the loaded dataset's dates.
 */
export function warmFormatters(locale: string): () => void {
  if (typeof requestIdleCallback === 'undefined') return () => {};
  const steps = [() => formatNumber(0, locale), () => formatPartialDate('2020-01-01', locale)];
  let id = 0;
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    step();
    id = requestIdleCallback(next);
  };
  id = requestIdleCallback(next);
  return () => cancelIdleCallback(id);
}
