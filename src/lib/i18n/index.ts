import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ar from './ar.json';

export type Lang = 'en' | 'ar';
export const languages: readonly Lang[] = ['en', 'ar'];
export const resources = { en: { translation: en }, ar: { translation: ar } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['en'];
  }
}

export const dirOf = (lang: Lang): 'ltr' | 'rtl' => (lang === 'ar' ? 'rtl' : 'ltr');

/** The language a first visit should get: the browser's, if it prefers Arabic. */
export function browserLang(
  nav: Pick<Navigator, 'languages' | 'language'> | undefined = globalThis.navigator,
): Lang {
  const prefs = nav?.languages?.length ? nav.languages : [nav?.language ?? 'en'];
  for (const p of prefs) {
    const base = p.toLowerCase().split('-')[0];
    if (base === 'ar' || base === 'en') return base;
  }
  return 'en';
}

export function initI18n(lang: Lang) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: lang,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (i18next.language !== lang) {
    void i18next.changeLanguage(lang);
  }
  return i18next;
}
