/** The bundled boundaries (Natural Earth, public/geo/SOURCE.md): their URL, shape and download. */
import type { FeatureCollection, Geometry } from 'geojson';

export interface GovernorateProps {
  iso: string;
  name_en: string;
  name_ar: string;
}
export interface CountryProps {
  iso_a3: string;
  name_en: string;
  name_ar: string;
  role: 'iraq' | 'neighbour' | 'context';
}

export const GOVERNORATES_FILE = 'iraq-governorates.geojson';
export const geoUrl = (file: string) => `${import.meta.env.BASE_URL}geo/${file}`;

/** A boundary file from the app's own origin, checked to be a GeoJSON feature collection. */
export async function downloadGeo<P>(file: string): Promise<FeatureCollection<Geometry, P>> {
  const res = await fetch(geoUrl(file));
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  const json = (await res.json()) as FeatureCollection<Geometry, P>;
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features))
    throw new Error(`${file}: not GeoJSON`);
  return json;
}
