import './briefing.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { stampFor, type Stamp } from '../../lib/dataset/fingerprint';
import { memoFilter } from '../../lib/filters/use-filtered';
import { useViewStore } from '../../lib/store/view-store';
import { captionFor } from './caption';
import { CaptionFoot, CaptionHead } from './caption-frame';

/** True while the page is being printed (or emulates print media). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.('print');
    const on = () => setPrinting(true);
    const off = () => setPrinting(mq?.matches ?? false);
    mq?.addEventListener('change', off);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      mq?.removeEventListener('change', off);
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);
  return printing;
}

function Caption() {
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

/** The briefing caption, shown only on paper; computed only when printing. */
export function PrintCaption() {
  return usePrinting() ? <Caption /> : null;
}
