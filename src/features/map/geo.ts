import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { downloadGeo, GOVERNORATES_FILE, type CountryProps, type GovernorateProps } from '../../lib/geo';

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
  void client.prefetchQuery(geoQuery<GovernorateProps>(GOVERNORATES_FILE));
  void client.prefetchQuery(geoQuery<CountryProps>('neighbours.geojson'));
}

/** The offline basemap, served from the app's own origin (Natural Earth, see public/geo/SOURCE.md). */
export function useBasemap() {
  const governorates = useQuery(geoQuery<GovernorateProps>(GOVERNORATES_FILE));
  const countries = useQuery(geoQuery<CountryProps>('neighbours.geojson'));
  return {
    governorates: governorates.data,
    countries: countries.data,
    error: governorates.error ?? countries.error,
  };
}
