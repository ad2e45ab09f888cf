import { useTranslation } from 'react-i18next';
import type { Base } from '../../lib/dataset/schema';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { useLocale } from '../../lib/use-locale';
import { SourceRef } from '../../components/source-ref';

/** A base's popup; `said` is its status in words (see useBaseStatus). */
export function BasePopup({ base, said }: { base: Base; said: string }) {
  const { t } = useTranslation();
  const { data } = useLoadedDataset();
  const { text } = useLocale();
  const prov = data.provinces[base.province];
  return (
    <div className="base-popup">
      <h3>{text(base.name)}</h3>
      <p className="muted">
        {prov ? text(prov.name) : base.province}
        {t('app.sep')}
        {said}
      </p>
      <h4>{t('map.facts')}</h4>
      <ul>
        {base.facts.map((f, i) => (
          <li key={i}>
            {text(f.text)}{' '}
            {f.evidence.map((e, j) => (
              <SourceRef key={j} file={e.source} />
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
