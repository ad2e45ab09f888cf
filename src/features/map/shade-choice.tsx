import { useTranslation } from 'react-i18next';
import type { ReadyLayer } from '../../lib/layers/use-layers';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { isolate } from '../../lib/format';

/** Which layer the governorates are shaded by. */
export function ShadeChoice({ layers, value }: { layers: readonly ReadyLayer[]; value: string | null }) {
  const { t } = useTranslation();
  const { text } = useLocale();
  const setShade = useViewStore((s) => s.setShadeLayer);
  return (
    <label className="shade-choice no-export">
      {t('map.shadeBy')}
      <select value={value ?? ''} onChange={(e) => setShade(e.target.value)}>
        {layers.map((l) => (
          <option key={l.key} value={l.key}>
            {isolate(text(l.name))}
            {l.kind === 'counts' ? ` (${t('layers.kind.counts')})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
