/** Remote violence this near a known base (km) counts as an attack on it, unless the analyst says otherwise. */
export const DEFAULT_RADIUS_KM = 5;
export const MIN_RADIUS_KM = 0.1;
export const MAX_RADIUS_KM = 100;
export const isRadius = (km: number): boolean =>
  Number.isFinite(km) && km >= MIN_RADIUS_KM && km <= MAX_RADIUS_KM;
