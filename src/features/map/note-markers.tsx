import { useMemo } from 'react';
import * as L from 'leaflet';
import { Marker } from 'react-leaflet';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Base } from '../../lib/dataset/schema';
import type { GovernorateProps } from '../../lib/geo';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';

const NOTE_CLASS = 'note-marker';

/**
 * The analyst's notes pinned to a base or a governorate, numbered as in the notes list. The
 * icon holds only the number (digits the app formats); the note's words go in the title.
 */
export function NoteMarkers({
  bases,
  governorates,
}: {
  bases: readonly Base[];
  governorates: FeatureCollection<Geometry, GovernorateProps> | undefined;
}) {
  const notes = useViewStore((s) => s.notes);
  const { num } = useLocale();
  const centres = useMemo(() => {
    const out = new Map<string, L.LatLng>();
    for (const f of governorates?.features ?? [])
      out.set(f.properties.iso, L.geoJSON(f).getBounds().getCenter());
    return out;
  }, [governorates]);
  return (
    <>
      {notes.map((n, k) => {
        const base = n.base ? bases.find((b) => b.id === n.base) : undefined;
        const at = base ? L.latLng(base.lat, base.lon) : n.province ? centres.get(n.province) : undefined;
        if (!at) return null;
        const icon = L.divIcon({
          className: NOTE_CLASS,
          html: num(k + 1),
          iconSize: [20, 20],
          iconAnchor: [10, 26],
        });
        return (
          <Marker key={n.id} position={at} icon={icon} title={n.text} alt={n.text} interactive={false} />
        );
      })}
    </>
  );
}
