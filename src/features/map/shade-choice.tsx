import { useTranslation } from 'react-i18next';
import type { ReadyLayer } from '../../lib/layers/use-layers';
import { useViewStore } from '../../lib/store/view-store';
import { LayerOptions } from '../../components/layer-options';

/** Which layer the governorates are shaded by. */
export function ShadeChoice({ layers, value }: { layers: readonly ReadyLayer[]; value: string | null }) {
  const { t } = useTranslation();
  const setShade = useViewStore((s) => s.setShadeLayer);
  return (
    <label className="view-choice no-export">
      {t('map.shadeBy')}
      <select value={value ?? ''} onChange={(e) => setShade(e.target.value)}>
        <LayerOptions layers={layers} />
      </select>
    </label>
  );
}
