import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ar from './ar.json';
import type reasons from './reasons/en.json';
import { useViewStore } from '../store/view-store';
import { dirOf, type Lang } from './languages';

export const resources = { en: { translation: en }, ar: { translation: ar } } as const satisfies Record<
  Lang,
  unknown
>;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['en'] & { reasons: typeof reasons };
  }
}

let reasonsLoaded: Promise<void> | undefined;

/**
 * Adds the `reasons` namespace (why an export's rows were set aside, see row-problem.ts), in
 * both languages: only a file that sets rows aside needs it, so it is not in the page's first
 * script.
 */
export function loadReasons(): Promise<void> {
  reasonsLoaded ??= Promise.all([import('./reasons/en.json'), import('./reasons/ar.json')]).then(
    ([en, ar]) => {
      i18next.addResourceBundle('en', 'reasons', en.default);
      i18next.addResourceBundle('ar', 'reasons', ar.default);
    },
  );
  return reasonsLoaded;
}

/** Whether the `reasons` namespace is in. */
export const hasReasons = (): boolean => i18next.hasResourceBundle('en', 'reasons');

/** The one place the language is switched: i18next and `<html lang dir>` together. */
function applyLanguage(lang: Lang) {
  if (i18next.isInitialized && i18next.language !== lang) void i18next.changeLanguage(lang);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }
}

let started = false;

/**
 * Starts i18next once, in the store's language (read from the URL before the first render);
 * from then on the store drives it. Switching happens the moment the store changes, before
 * React renders: every component then sees one language, never a frame of Arabic dates
 * beside English labels.
 */
export function initI18n() {
  if (!started) {
    started = true;
    const lang = useViewStore.getState().lang;
    useViewStore.subscribe((s, prev) => {
      if (s.lang !== prev.lang) applyLanguage(s.lang);
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
    applyLanguage(lang);
  }
  return i18next;
}
