import { useTranslation } from 'react-i18next';
import type { ReadyLayer } from '../../lib/layers/use-layers';
import { useViewStore } from '../../lib/store/view-store';
import { LayerOptions } from '../../components/layer-options';

/** Which layer the table shows: every event layer, one, or a count layer's weekly rows. */
export function TableLayerChoice({ layers, value }: { layers: readonly ReadyLayer[]; value: string | null }) {
  const { t } = useTranslation();
  const setTableLayer = useViewStore((s) => s.setTableLayer);
  return (
    <label className="view-choice no-export">
      {t('events.showLayer')}
      <select value={value ?? ''} onChange={(e) => setTableLayer(e.target.value || null)}>
        <option value="">{t('events.allLayers')}</option>
        <LayerOptions layers={layers} />
      </select>
    </label>
  );
}
