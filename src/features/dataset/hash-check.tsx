import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadedDataset } from '../../lib/dataset/loaded-dataset';
import { fingerprint } from '../../lib/dataset/fingerprint';
import { useViewStore } from '../../lib/store/view-store';

/**
 * A link made by Drawdown names the SHA-256 of its dataset (`h=`). When the dataset loaded
 * here is another, the figures may differ from the ones the link's author saw: say so.
 */
export function HashCheck({ loaded }: { loaded: LoadedDataset }) {
  const { t } = useTranslation();
  const wanted = useViewStore((s) => s.hash);
  const [found, setFound] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void fingerprint(loaded)
      .then((h) => live && setFound(h))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [loaded, wanted]);
  if (!wanted || !found || found.startsWith(wanted)) return null;
  return (
    <div className="notice error" role="alert">
      <span>
        {t('dataset.hashMismatch', {
          wanted: `\u2066${wanted}\u2069`,
          found: `\u2066${found.slice(0, wanted.length)}\u2069`,
        })}
      </span>
    </div>
  );
}
