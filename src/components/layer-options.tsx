import { useTranslation } from 'react-i18next';
import { isolate } from '../lib/format';
import type { ReadyLayer } from '../lib/layers/use-layers';
import { useLocale } from '../lib/use-locale';

/** A select's options, one per layer: its name as given, and whether it holds weekly counts. */
export function LayerOptions({ layers }: { layers: readonly ReadyLayer[] }) {
  const { t } = useTranslation();
  const { text } = useLocale();
  return layers.map((l) => (
    <option key={l.key} value={l.key}>
      {isolate(text(l.name))}
      {l.kind === 'counts' ? ` (${t('layers.kind.counts')})` : ''}
    </option>
  ));
}
