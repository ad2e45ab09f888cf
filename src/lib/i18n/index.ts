import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import type reasons from './reasons/en.json';
import type { SayZod } from '../import/row-problem';
import { useViewStore } from '../store/view-store';
import { dirOf, type Lang } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en; reasons: typeof reasons };
  }
}

type Strings = Record<string, unknown>;

/** `load`, run once; a failed run is forgotten, so the next call tries again. */
function once(load: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () =>
    (running ??= load().catch((e: unknown) => {
      running = undefined;
      throw e;
    }));
}

const strings: Partial<Record<Lang, Strings>> = { en };

function addLanguage(lang: Lang, s: Strings) {
  strings[lang] = s;
  if (i18next.isInitialized) i18next.addResourceBundle(lang, 'translation', s);
}

/**
 * English is in the page's first script; Arabic (~7 KB compressed) loads when needed: before
 * the first render of a page opened in Arabic, when the page is idle otherwise, and before
 * any switch to it (see loadLanguage). Every switch waits for its strings, so no frame shows
 * Arabic dates beside untranslated labels.
 */
const LATER: Record<Exclude<Lang, 'en'>, () => Promise<void>> = {
  ar: once(() => import('./ar.json').then((m) => addLanguage('ar', m.default))),
};

/** Loads a language's strings, once; resolves at once for one already in. A failed download
 * rejects, and the next call tries again. */
export const loadLanguage = (lang: Lang): Promise<void> =>
  strings[lang] ? Promise.resolve() : LATER[lang as Exclude<Lang, 'en'>]();

/** Whether a language's strings are in. */
export const hasLanguage = (lang: Lang): boolean => strings[lang] !== undefined;

/** Switches to a language once its strings are in; false, the language unchanged, when they
 * could not be had. */
export async function switchLanguage(lang: Lang): Promise<boolean> {
  try {
    await loadLanguage(lang);
  } catch {
    return false;
  }
  useViewStore.getState().setLang(lang);
  return true;
}

/**
 * Adds the `reasons` namespace (why an export's rows were set aside, see row-problem.ts), in
 * both languages: only a file that sets rows aside needs it, so it is not in the page's first
 * script.
 */
export const loadReasons = once(() =>
  Promise.all([import('./reasons/en.json'), import('./reasons/ar.json'), import('./zod-ar')]).then(
    ([en, ar, zodAr]) => {
      i18next.addResourceBundle('en', 'reasons', en.default);
      i18next.addResourceBundle('ar', 'reasons', ar.default);
      ZOD.ar = zodAr.sayZodArabic;
    },
  ),
);

/**
 * zod's words for its own issues (a dataset's record of the wrong type, say), from zod's
 * locale, by language. English is not here: the worker's messages are zod's English.
 */
const ZOD: Partial<Record<Lang, SayZod>> = {};

/** zod's words in a language, once loadReasons has loaded them. */
export const zodWords = (lang: Lang): SayZod | undefined => ZOD[lang];

/** Whether the `reasons` namespace is in. */
export const hasReasons = (): boolean => i18next.hasResourceBundle('en', 'reasons');

/** The one place the language is switched: i18next and `<html lang dir>` together. */
function applyLanguage(lang: Lang) {
  // A switch that did not wait for its strings (none should: see switchLanguage) applies
  // once they are in, rather than showing keys.
  if (!hasLanguage(lang)) {
    loadLanguage(lang).then(
      () => applyLanguage(useViewStore.getState().lang),
      () => useViewStore.getState().setLang('en'),
    );
    return;
  }
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
      resources: Object.fromEntries(Object.entries(strings).map(([l, t]) => [l, { translation: t }])),
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
