/** `?data=` may only name a JSON file on the app's own origin. */
export function isSameOriginJsonPath(
  value: string,
  origin = globalThis.location?.origin ?? 'http://localhost',
): boolean {
  // Backslashes and control characters let some parsers read a path as another host.
  const hasControl = [...value].some((c) => c.charCodeAt(0) < 0x20 || c === '\\');
  if (value.length > 300 || hasControl || value.startsWith('//')) return false;
  try {
    const u = new URL(value, origin);
    return (
      u.origin === origin &&
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      u.pathname.endsWith('.json')
    );
  } catch {
    return false;
  }
}
