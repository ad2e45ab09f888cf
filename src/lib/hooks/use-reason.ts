import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasReasons, loadReasons, zodWords } from '../i18n';
import { digitsFor } from '../i18n/languages';
import { isolate, localizeDigits } from '../format';
import { useLocale } from '../use-locale';
import { sayReason, viaT, type Say, type SayZod, type Writing } from '../import/row-problem';
import type { Check } from '../dataset/check-reason';

/** Whether the `reasons` namespace is in: loaded once `needed`, or the download's error. */
export function useReasons(needed: boolean): 'ready' | 'waiting' | Error {
  const [state, setState] = useState<'ready' | 'waiting' | Error>(hasReasons() ? 'ready' : 'waiting');
  useEffect(() => {
    if (needed && state === 'waiting')
      loadReasons().then(
        () => setState('ready'),
        (e: unknown) => setState(e instanceof Error ? e : new Error(String(e))),
      );
  }, [needed, state]);
  return state;
}

/**
 * The reasons' words in the reader's language (`t`, and zod's for its own issues), and how
 * their values are written there: the file's text isolated, figures in the reader's digits.
 */
export function useReasonWords(): { t: Say; zod: SayZod | undefined; writing: Writing } {
  const { i18n } = useTranslation();
  const { num, lang, digits } = useLocale();
  const words = useMemo(
    () => ({
      t: viaT(i18n.getFixedT(lang, 'reasons')),
      writing: { num, digits: (s: string) => localizeDigits(s, digitsFor(lang, digits)), quote: isolate },
    }),
    [i18n, lang, digits, num],
  );
  // Read at each render, not kept with the rest: zod's words arrive with the reasons' (see
  // loadReasons), after the first render of the list that asked for them.
  return { ...words, zod: zodWords(lang) };
}

/**
 * Why a file was refused, for the reader: its English (`text`, read left to right) or, in
 * another language, the same said from its codes once the words are in; null until then, so
 * no frame shows English in its place. The browser's own words (no codes) stay in English.
 */
export function useReason(text: string, check: Check | undefined): { text: string; said: boolean } | null {
  const { lang } = useLocale();
  const wanted = lang !== 'en' && check !== undefined;
  const state = useReasons(wanted);
  const words = useReasonWords();
  if (!wanted || state instanceof Error) return { text, said: false };
  if (state === 'waiting') return null;
  const said = sayReason(check, words.t, words.zod, words.writing);
  return said === undefined ? { text, said: false } : { text: said, said: true };
}
