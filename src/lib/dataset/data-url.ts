import { isPlainLine } from './vocabulary';

/** `?data=` may only name a dataset on the app's own origin: a JSON file, a CSV or Parquet export. */
export function isSameOriginDataPath(
  value: string,
  origin = globalThis.location?.origin ?? 'http://localhost',
): boolean {
  // Backslashes, like control characters, let some parsers read a path as another host.
  if (value.length > 300 || !isPlainLine(value) || value.includes('\\') || value.startsWith('//'))
    return false;
  try {
    const u = new URL(value, origin);
    return (
      u.origin === origin &&
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      /\.(json|csv|parquet)$/i.test(u.pathname)
    );
  } catch {
    return false;
  }
}
