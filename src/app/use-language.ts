import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dirOf } from '../lib/i18n';
import { useViewStore } from '../lib/store/view-store';

/** Keeps i18next and `<html lang dir>` on the store's language. */
export function useLanguage() {
  const lang = useViewStore((s) => s.lang);
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang, i18n]);
}
