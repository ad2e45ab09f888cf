// briefing.css comes with the page's first script (briefing-status.tsx). Imported here too,
// from this lazy file, it became a sheet of its own, linked after the print sheet, whose
// rules it then overrode: the print caption stayed hidden.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { stampFor, type Stamp } from '../../lib/dataset/fingerprint';
import { memoFilter } from '../../lib/filters/use-filtered';
import { useViewStore } from '../../lib/store/view-store';
import { captionFor } from './caption';
import { CaptionFoot, CaptionHead } from './caption-frame';

/** The briefing caption as printed: title, filters, date, sources and the data's stamp. */
export function PrintCaptionBody() {
  const { t } = useTranslation();
  const loaded = useLoadedDataset();
  const { data, index } = loaded;
  const state = useViewStore();
  const [stamp, setStamp] = useState<Stamp | undefined>();
  const { lang, digits } = state;
  useEffect(() => {
    let live = true;
    void stampFor(loaded, lang, digits).then((s) => live && setStamp(s));
    return () => {
      live = false;
    };
  }, [loaded, lang, digits]);
  const c = captionFor('dashboard', state, data, index, memoFilter(index, state), t, stamp);
  return (
    <div className="print-caption" aria-hidden="true">
      <CaptionHead caption={c} brand={t('app.name')} />
      <CaptionFoot caption={c} />
    </div>
  );
}
