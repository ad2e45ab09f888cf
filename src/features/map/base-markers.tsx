import { useEffect, useMemo, useRef } from 'react';
import * as L from 'leaflet';
import { Marker, Popup } from 'react-leaflet';
import type { Base } from '../../lib/dataset/schema';
import type { BaseStatus } from '../../lib/filters/aggregate';
import type { BaseViewProps } from './base-status';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { BasePopup } from './base-popup';

// Icons carry no dataset text: only our own class names, so nothing untrusted becomes HTML.
const icons = new Map<string, L.DivIcon>();
function iconFor(status: string, active: boolean, highlighted: boolean): L.DivIcon {
  const key = `${status}|${active}|${highlighted}`;
  let icon = icons.get(key);
  if (!icon) {
    const size = highlighted ? 26 : 18;
    icon = L.divIcon({
      className: `base-marker ${status}${active ? ' active' : ''}${highlighted ? ' highlighted' : ''}`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
      popupAnchor: [0, -size / 2],
    });
    icons.set(key, icon);
  }
  return icon;
}

/**
 * Leaflet reads a marker's `title` and `alt` once, when it creates the marker: they are kept
 * on its element here, so a language switch or a file that renames bases reaches screen readers.
 */
function BaseMarker({
  base,
  status,
  said,
  label,
  active,
  highlighted,
  onClick,
}: {
  base: Base;
  status: BaseStatus;
  /** The status in words, as the popup says it. */
  said: string;
  label: string;
  active: boolean;
  highlighted: boolean;
  onClick: () => void;
}) {
  const ref = useRef<L.Marker>(null);
  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    el.title = label;
    el.setAttribute('alt', label);
    el.setAttribute('aria-label', label);
  }, [label]);
  return (
    <Marker
      ref={ref}
      position={[base.lat, base.lon]}
      icon={iconFor(status, active, highlighted)}
      title={label}
      alt={label}
      zIndexOffset={highlighted ? 1000 : 0}
      eventHandlers={{ click: onClick }}
    >
      <Popup>
        <BasePopup base={base} said={said} />
      </Popup>
    </Marker>
  );
}

export function BaseMarkers({ bases, statusDay, statuses: status }: BaseViewProps) {
  const { text } = useLocale();
  const { index } = useLoadedDataset();
  const active = useViewStore((s) => s.bases);
  const selected = useViewStore((s) => s.selected);
  const toggle = useViewStore((s) => s.toggle);
  const highlightedBase = useMemo(() => {
    const i = selected !== null ? index.eventById.get(selected) : undefined;
    return i !== undefined ? index.events.get(i).base : undefined;
  }, [index, selected]);

  return (
    <>
      {bases.map((b) => {
        const now = status.of(b, statusDay);
        const said = status.say(b, now);
        const label = `${text(b.name)} – ${said}`;
        return (
          <BaseMarker
            key={`${b.id}-${now}`}
            base={b}
            status={now}
            said={said}
            label={label}
            active={active.includes(b.id)}
            highlighted={highlightedBase === b.id}
            onClick={() => toggle('bases', b.id)}
          />
        );
      })}
    </>
  );
}
