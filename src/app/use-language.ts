import { useEffect } from 'react';
import i18next from 'i18next';
import { dirOf } from '../lib/i18n';
import { useViewStore } from '../lib/store/view-store';

/** Keeps `<html lang dir>` on the store's language. */
export function useLanguage() {
  const lang = useViewStore((s) => s.lang);
  useEffect(() => {
    if (i18next.language !== lang) void i18next.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang]);
}
