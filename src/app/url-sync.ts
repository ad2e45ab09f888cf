import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../lib/dataset/loaded-dataset';
import { browserLang } from '../lib/i18n/languages';
import { loadLanguage } from '../lib/i18n';
import { parseSearch, toSearch } from '../lib/store/view-state';
import { useViewStore } from '../lib/store/view-store';
import { usePlaybackStore } from '../lib/store/playback-store';
import { renamed } from '../lib/layers/layer-ref';

let invalidAtLoad: string[] = [];

/**
 * Reads the URL into the view store, once, before the first render (a first visit without
 * `lang` follows the browser). Everything else, i18n included, reads the store.
 */
export function readUrlIntoStore(search = window.location.search): void {
  const parsed = parseSearch(search);
  useViewStore.getState().hydrate({ lang: browserLang(), ...parsed.state });
  invalidAtLoad = parsed.invalid;
}

/**
 * Mirrors the view store to the query string: every change is written back (typing replaces
 * the history entry, other changes push one), and back/forward restore the state.
 * Returns the names of parameters that were malformed at load and reset, and a dismisser.
 */
export function useUrlSync(): [string[], () => void, (param: string) => void] {
  const [invalid, setInvalid] = useState<string[]>(() => invalidAtLoad);

  useEffect(() => {
    const write = (replace: boolean) => {
      const search = toSearch(useViewStore.getState());
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    };
    write(true);
    // Typing (a search, a layer's name), playing and exporting replace the entry: no history
    // entry per letter, step or frame.
    const unsub = useViewStore.subscribe((s, prev) => {
      const { playing, exporting } = usePlaybackStore.getState();
      const typed = s.text !== prev.text || renamed(s.layers, prev.layers);
      write(typed || exporting || (s.at !== prev.at && playing));
    });
    const onPop = () => {
      const next = parseSearch(window.location.search).state;
      // A step back into the other language waits for its strings (see loadLanguage), and
      // keeps the language on screen if they cannot be had.
      const { lang } = useViewStore.getState();
      void loadLanguage(next.lang ?? lang)
        .then(
          () => next,
          () => ({ ...next, lang }),
        )
        .then((s) => useViewStore.getState().hydrate(s));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsub();
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  const flag = useCallback((param: string) => setInvalid((v) => (v.includes(param) ? v : [...v, param])), []);
  return [invalid, () => setInvalid([]), flag];
}

/**
 * A link's `sel` can only be checked once its dataset has loaded: one that names no event is
 * cleared and reported with the other bad parameters, instead of selecting nothing silently.
 */
export function useSelectionCheck(loaded: LoadedDataset | undefined, flag: (param: string) => void) {
  const checked = useRef(false);
  useEffect(() => {
    if (!loaded || checked.current) return;
    checked.current = true;
    const { selected, select } = useViewStore.getState();
    if (selected !== null && !loaded.index.eventById.has(selected)) {
      select(null);
      flag('sel');
    }
  }, [loaded, flag]);
}
