import { useEffect, useState } from 'react';
import { browserLang } from '../lib/i18n';
import { parseSearch, toSearch } from '../lib/store/view-state';
import { useViewStore } from '../lib/store/view-store';

/**
 * Mirrors the view store to the query string: the URL is read once on load (a first visit
 * without `lang` follows the browser), every change is written back (typing replaces the
 * history entry, other changes push one), and back/forward restore the state.
 * Returns the names of parameters that were malformed and reset.
 */
export function useUrlSync(): [string[], () => void] {
  const [invalid, setInvalid] = useState<string[]>(() => {
    const parsed = parseSearch(window.location.search);
    useViewStore.getState().hydrate({ lang: browserLang(), ...parsed.state });
    return parsed.invalid;
  });

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
    const onPop = () => {
      const parsed = parseSearch(window.location.search);
      useViewStore.getState().hydrate(parsed.state);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsub();
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  return [invalid, () => setInvalid([])];
}
