/** A file the analyst opened, or the absolute URL of the file loaded. */
export type HashRequest = { file: Blob } | { url: string };

/** The SHA-256 of a file's bytes, in hex. */
export async function sha256Hex(what: HashRequest): Promise<string> {
  let bytes: ArrayBuffer;
  if ('file' in what) bytes = await what.file.arrayBuffer();
  else {
    const res = await fetch(what.url);
    if (!res.ok) throw new Error(`${new URL(what.url).pathname}: HTTP ${res.status}`);
    bytes = await res.arrayBuffer();
  }
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
