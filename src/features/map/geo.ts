import { queryOptions, useQuery } from '@tanstack/react-query';
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

// The basemap does not depend on the dataset: its download starts when this module loads,
// in parallel with the dataset, not when the map first renders.
const started = new Map<string, Promise<unknown>>();
function fetchGeo<P>(file: string): Promise<FeatureCollection<Geometry, P>> {
  let p = started.get(file);
  if (!p) {
    p = downloadGeo<P>(file);
    started.set(file, p);
    // A failed download is not kept: a retry fetches again.
    p.catch(() => started.delete(file));
  }
  return p as Promise<FeatureCollection<Geometry, P>>;
}
if (typeof window !== 'undefined' && typeof fetch !== 'undefined' && !import.meta.env.VITEST) {
  void fetchGeo('iraq-governorates.geojson').catch(() => {});
  void fetchGeo('neighbours.geojson').catch(() => {});
}

async function downloadGeo<P>(file: string): Promise<FeatureCollection<Geometry, P>> {
  const res = await fetch(`${import.meta.env.BASE_URL}geo/${file}`);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  const json = (await res.json()) as FeatureCollection<Geometry, P>;
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features))
    throw new Error(`${file}: not GeoJSON`);
  return json;
}

const geoQuery = <P>(file: string) =>
  queryOptions({
    queryKey: ['geo', file],
    queryFn: () => fetchGeo<P>(file),
    // Without its basemap the map cannot be drawn: the view's boundary says so, with a retry.
    throwOnError: true,
    retry: 1,
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** The offline basemap, served from the app's own origin (Natural Earth, see public/geo/SOURCE.md). */
export function useBasemap() {
  const governorates = useQuery(geoQuery<GovernorateProps>('iraq-governorates.geojson'));
  const countries = useQuery(geoQuery<CountryProps>('neighbours.geojson'));
  return {
    governorates: governorates.data,
    countries: countries.data,
    error: governorates.error ?? countries.error,
  };
}
