import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/api';
import { captionFor } from '../../lib/briefing/caption';
import { useFilteredRows } from '../../lib/filters/use-filtered';
import { useViewStore } from '../../lib/store/view-store';

/** The briefing caption, shown only on paper. */
export function PrintCaption() {
  const { t } = useTranslation();
  const { data, index } = useLoadedDataset();
  const state = useViewStore();
  const rows = useFilteredRows(index);
  const c = captionFor('dashboard', state, data, index, rows, t);
  return (
    <div className="print-caption" aria-hidden="true">
      <div className="export-title">{c.title}</div>
      <div className="export-filters">{c.filters}</div>
      <div className="export-asof">
        {c.asOf}
        {t('app.sep')}
        {c.sources}
      </div>
    </div>
  );
}
