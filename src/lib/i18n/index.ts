import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ar from './ar.json';
import { useViewStore } from '../store/view-store';

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

let started = false;

/** Starts i18next once, in `lang`; from then on the view store's language drives it. */
export function initI18n(lang: Lang) {
  if (!started) {
    started = true;
    // Switch i18next the moment the store changes, before React renders: every component
    // then sees one language, never a frame of Arabic dates beside English labels.
    useViewStore.subscribe((s, prev) => {
      if (s.lang !== prev.lang && i18next.language !== s.lang) void i18next.changeLanguage(s.lang);
    });
    void i18next.use(initReactI18next).init({
      resources,
      lng: lang,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      // Resources are bundled, so initialise synchronously: the first render is translated.
      initAsync: false,
    });
  }
  return i18next;
}
