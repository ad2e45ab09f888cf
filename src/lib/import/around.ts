/**
 * How much of a CSV's beginning settles the order of day and month in its dates: ~3,000
 * ACLED rows, which cover weeks, so a day past the 12th all but surely among them. The same
 * beginning is searched for letters that could not be read, and shown read in each Windows
 * code page (code-pages.ts). Here, not in sample.ts: this file is the one the page's readings
 * and the worker's sample share (importing sample.ts from the page regrouped the files).
 */
export const DAY_ORDER_SAMPLE = 1 << 20;

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
