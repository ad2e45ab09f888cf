// briefing.css comes with the page's first script (briefing-status.tsx). Imported here too,
// from this lazy file, it became a sheet of its own, linked after the print sheet, whose
// rules it then overrode: the print caption stayed hidden.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset, type LoadedDataset } from '../../lib/dataset/loaded-dataset';
import {
  fingerprint,
  knownFingerprint,
  stampFor,
  stampWith,
  type Stamp,
} from '../../lib/dataset/fingerprint';
import { memoFilter } from '../../lib/filters/use-filtered';
import { useViewStore } from '../../lib/store/view-store';
import { captionFor } from './caption';
import { CaptionFoot, CaptionHead } from './caption-frame';
import { useBriefingStore } from './store';

export { hashAhead } from '../../lib/dataset/fingerprint';

/**
 * Works out the file's hash before Print briefing lays the page out, saying so meanwhile
 * (seconds for a million rows). If it fails, the page prints and the stamp says it has none.
 */
export async function stampReady(loaded: LoadedDataset): Promise<void> {
  if (knownFingerprint(loaded) !== undefined) return;
  const { say } = useBriefingStore.getState();
  say('briefing.printWorking');
  await fingerprint(loaded).catch(() => {});
  if (useBriefingStore.getState().message?.key === 'briefing.printWorking') say(null);
}

/**
 * The briefing caption as printed: title, filters, date, sources and the data's stamp. It is
 * rendered when printing starts, and the browser's own Print menu prints in that same task:
 * the stamp is made there from a hash worked out before (see hashAhead), or says it has none.
 */
export function PrintCaptionBody() {
  const { t } = useTranslation();
  const loaded = useLoadedDataset();
  const { data, index } = loaded;
  const state = useViewStore();
  const { lang, digits } = state;
  const known = knownFingerprint(loaded);
  const now = useMemo(() => stampWith(loaded, known, lang, digits), [loaded, known, lang, digits]);
  const [later, setLater] = useState<Stamp | undefined>();
  useEffect(() => {
    if (known) return;
    let live = true;
    stampFor(loaded, lang, digits).then(
      (s) => live && setLater(s),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [known, loaded, lang, digits]);
  const c = captionFor('dashboard', state, data, index, memoFilter(index, state), t, later ?? now);
  return (
    <div className="print-caption" aria-hidden="true">
      <CaptionHead caption={c} brand={t('app.name')} />
      <CaptionFoot caption={c} />
    </div>
  );
}
