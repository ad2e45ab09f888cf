import { useViewStore } from '../store/view-store';
import { useLoadedDataset } from '../dataset/loaded-dataset';
import { dayRange } from '../dates/partial-date';
import { isRtl } from '../i18n/languages';
import { useLayers } from '../layers/use-layers';

/**
 * What a time chart needs from the shared state: the date range (as days, open ends infinite),
 * the setter it drives, the event picked elsewhere, and which way time runs.
 *
 * Time runs right to left in Arabic: the whole page reads from the right, the table and the
 * timeline flow that way, and a brush dragged "forward" should move with the reader's eye.
 * Both charts and the brush take this one answer.
 */
export function useTimeView() {
  const { index: mainIndex } = useLoadedDataset();
  const layers = useLayers();
  const selectedLayer = useViewStore((s) => s.selectedLayer);
  // The selected event may be another layer's.
  const index = selectedLayer
    ? (layers.find((l) => l.key === selectedLayer)?.loaded?.index ?? null)
    : mainIndex;
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const selected = useViewStore((s) => s.selected);
  const setRange = useViewStore((s) => s.setRange);
  const reversed = useViewStore((s) => isRtl(s.lang));
  const at = selected !== null ? index?.eventById.get(selected) : undefined;
  return {
    from,
    to,
    setRange,
    hasRange: Boolean(from || to),
    lo: from ? dayRange(from)[0] : -Infinity,
    hi: to ? dayRange(to)[1] : Infinity,
    selectedEvent: at !== undefined ? index?.events.get(at) : undefined,
    reversed,
  };
}
