/**
 * The first letter a file's text could not give (U+FFFD, what UTF-8 decoding puts for bytes
 * that are not UTF-8): its line, and the text around it on that line.
 */
export interface Unreadable {
  line: number;
  text: string;
}

const AROUND = 30;

/** The line of `text` at `at`, and the text around `at` on that line (cut with "…"). */
export function around(text: string, at: number): Unreadable {
  const br = text.includes('\n') ? '\n' : '\r';
  let line = 1;
  for (let k = text.indexOf(br); k !== -1 && k < at; k = text.indexOf(br, k + 1)) line++;
  const start = text.lastIndexOf(br, at) + 1;
  const end = text.indexOf(br, at);
  const lineEnd = end < 0 ? text.length : end;
  const from = Math.max(start, at - AROUND);
  const to = Math.min(lineEnd, at + AROUND);
  const cut = `${from > start ? '…' : ''}${text.slice(from, to).trim()}${to < lineEnd ? '…' : ''}`;
  return { line, text: cut };
}
