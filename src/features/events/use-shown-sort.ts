import { useEffect, useReducer, useRef, useState } from 'react';
import { prepareSort, sortNeedsColumns, type RowSource, type SortKey } from '../../lib/filters/sort-rows';
import type { Lang } from '../../lib/i18n/languages';

export interface ShownSort {
  id: SortKey;
  desc: boolean;
  lang: Lang;
  locale: string;
}

/**
 * The order the table shows: the one asked for, once the columns it reads are made; until
 * then (a large layer's first sort by title or a figure: see prepareSort) the one before, with
 * `preparing` set, while they are made a slice at a time and the page answers input.
 */
export function useShownSort(
  sources: readonly RowSource[],
  asked: { id: SortKey; desc: boolean },
  lang: Lang,
  locale: string,
): { shown: ShownSort; preparing: boolean } {
  const preparing = sortNeedsColumns(sources, asked.id, lang, locale);
  const [made, columnsMade] = useReducer((n: number) => n + 1, 0);
  // At first, date order (what needs no column) if the order asked for is not ready.
  const [last, setLast] = useState<ShownSort>(() =>
    preparing ? { id: 'date', desc: false, lang, locale } : { ...asked, lang, locale },
  );
  // Kept from render to render (React's way to remember what an earlier render showed).
  const now = { ...asked, lang, locale };
  if (!preparing && (Object.keys(now) as (keyof ShownSort)[]).some((k) => last[k] !== now[k])) setLast(now);
  // The columns belong to the layers, not to the filtered rows: a filter change (a playback
  // step) goes on with the columns being made, where restarting them would never finish.
  const latest = useRef(sources);
  useEffect(() => {
    latest.current = sources;
  });
  useEffect(() => {
    if (!preparing) return;
    let stopped = false;
    void prepareSort(latest.current, asked.id, lang, locale, () => stopped).then((done) => {
      if (done && !stopped) columnsMade();
    });
    return () => {
      stopped = true;
    };
    // `made` re-runs it with the layers shown then, should one still need a column.
  }, [preparing, asked.id, lang, locale, made]);
  return { shown: preparing ? last : now, preparing };
}
