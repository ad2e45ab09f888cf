import { useEffect, useState } from 'react';
import { browserLang } from '../lib/i18n/languages';
import { parseSearch, toSearch } from '../lib/store/view-state';
import { useViewStore } from '../lib/store/view-store';

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
export function useUrlSync(): [string[], () => void] {
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
    const unsub = useViewStore.subscribe((s, prev) => write(s.text !== prev.text));
    const onPop = () => useViewStore.getState().hydrate(parseSearch(window.location.search).state);
    window.addEventListener('popstate', onPop);
    return () => {
      unsub();
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  return [invalid, () => setInvalid([])];
}
