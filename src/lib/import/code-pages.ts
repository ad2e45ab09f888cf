/**
 * Reading a CSV in the encoding Windows saved it in, when the analyst says which. Excel's "CSV
 * (Comma delimited)" saves in the system's code page: 1256 on Arabic Windows, 1252 on Western.
 * Both share their bytes for different letters, so the file cannot tell which it is: the
 * analyst is shown a line read each way and picks (see ReadAs). Nothing here guesses.
 */
import type { OpenedFile } from '../dataset/load-status';
import { around, DAY_ORDER_SAMPLE, type Unreadable } from './around';

export const CODE_PAGES = ['windows-1256', 'windows-1252'] as const;
export type CodePage = (typeof CODE_PAGES)[number];

/**
 * The file's bytes as UTF-8, decoded from `from` as they stream: the readers then take it as any
 * other file, and its text is never held whole. It keeps its name, and the file as saved, whose
 * bytes the stamp's hash is of.
 */
export async function readAs(saved: File, from: CodePage): Promise<OpenedFile> {
  const utf8 = saved.stream().pipeThrough(new TextDecoderStream(from)).pipeThrough(new TextEncoderStream());
  const blob = await new Response(utf8).blob();
  return Object.assign(new File([blob], saved.name, { type: saved.type, lastModified: saved.lastModified }), {
    saved,
    readAs: from,
  });
}

/**
 * The first line of the file's beginning with a byte outside ASCII, read in each code page
 * around that byte: what the analyst chooses by. Null when there is none (nothing to choose).
 */
export async function linesAs(saved: File): Promise<Record<CodePage, Unreadable> | null> {
  const head = new Uint8Array(await saved.slice(0, DAY_ORDER_SAMPLE).arrayBuffer());
  const at = head.findIndex((b) => b >= 0x80);
  if (at < 0) return null;
  const read = (cp: CodePage) => {
    // One byte a letter: the byte's place is the letter's.
    const text = new TextDecoder(cp).decode(head);
    return around(text, at);
  };
  return { 'windows-1256': read('windows-1256'), 'windows-1252': read('windows-1252') };
}
