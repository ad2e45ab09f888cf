import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
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
    queryFn: () => downloadGeo<P>(file),
    // Without its basemap the map cannot be drawn: the view's boundary says so, with a retry.
    throwOnError: true,
    retry: 1,
    staleTime: Infinity,
    gcTime: Infinity,
  });

/**
 * Starts the basemap's download at start-up: it does not depend on the dataset, and the map
 * would otherwise ask for it only once its own code has loaded, last of everything.
 */
export function prefetchBasemap(client: QueryClient): void {
  void client.prefetchQuery(geoQuery<GovernorateProps>('iraq-governorates.geojson'));
  void client.prefetchQuery(geoQuery<CountryProps>('neighbours.geojson'));
}

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
