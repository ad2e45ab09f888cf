/**
 * Where papaparse's rows end, found without making them, in the file's bytes. The parsing
 * worker of a CSV read in parts (see split-csv.ts) needs only where each row ends to hand the
 * parts their chunks; making every row's cells took about half its time, and decoding the
 * text, then copying it to the parts as strings, most of the rest. This is papaparse's own loop
 * (papaparse 5.7, Parser.parse), the default quote and escape character ("), no comments,
 * with its cells left out: the rows and their ends are papaparse's, quirks included (a stray
 * quote, spaces after a closing quote, an unclosed quote running to the end). A test holds it
 * to papaparse on random text (split-csv.test.ts): a papaparse whose loop reads rows
 * otherwise fails it.
 *
 * Adapted from papaparse, Copyright (c) 2015 Matthew Holt, under the MIT License (the full
 * text: node_modules/papaparse/LICENSE, https://github.com/mholt/PapaParse/blob/master/LICENSE):
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software
 * and associated documentation files (the "Software"), to deal in the Software without
 * restriction, including without limitation the rights to use, copy, modify, merge, publish,
 * distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom
 * the Software is furnished to do so, subject to the following conditions: The above copyright
 * notice and this permission notice shall be included in all copies or substantial portions
 * of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
 * PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
 * LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 * OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
 * DEALINGS IN THE SOFTWARE.
 */
const QUOTE = 0x22;

/** Where `seq` next occurs in `input` from `from` on, or -1. A loop the compiler keeps tight:
 * a row calls this once a cell, and the built-in indexOf costs a call out of the loop each. */
function find(input: Uint8Array, seq: Uint8Array, from: number): number {
  const first = seq[0]!;
  const n = seq.length;
  const last = input.length - n;
  for (let i = Math.max(0, from); i <= last; i++) {
    if (input[i] !== first) continue;
    let k = 1;
    while (k < n && input[i + k] === seq[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

/** Whether `seq` is at `at` in `input`. */
function isAt(input: Uint8Array, seq: Uint8Array, at: number): boolean {
  if (at < 0 || at + seq.length > input.length) return false;
  for (let k = 0; k < seq.length; k++) if (input[at + k] !== seq[k]) return false;
  return true;
}

/** Decodes the bytes between a closing quote and what follows it, to trim them as papaparse
 * does (a no-break space is a space to trim()). Without the byte-order mark rule: the file's
 * own mark is gone before the rows are scanned. */
const between = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The rows of `input`, the UTF-8 bytes of a CSV's text, that end in it: `row(end, fields)` for
 * each, with the position just past it (past its line break) and its number of cells. The
 * delimiter, line break and quote are ASCII, and a byte below 0x80 is never part of another
 * character in UTF-8, so the rows end where they end in the decoded text. With `ignoreLastRow`
 * (more bytes are to come), a row that reaches the end of the input is left for the next
 * call. Returns where the bytes not yet read start.
 */
export function scanRows(
  input: Uint8Array,
  delim: Uint8Array,
  newline: Uint8Array,
  ignoreLastRow: boolean,
  row: (end: number, fields: number) => void,
): number {
  const inputLen = input.length;
  const delimLen = delim.length;
  const newlineLen = newline.length;
  let cursor = 0;
  let lastCursor = 0;
  let fields = 0;
  if (!inputLen) return 0;
  const saveRow = (newCursor: number) => {
    cursor = newCursor;
    lastCursor = cursor;
    row(cursor, fields);
    fields = 0;
    nextNewline = find(input, newline, cursor);
  };
  const finish = () => {
    if (ignoreLastRow) return lastCursor;
    cursor = lastCursor = inputLen;
    row(inputLen, fields + 1);
    return inputLen;
  };
  // papaparse's "fast mode": text with no quote is split on line breaks and delimiters.
  if (input.indexOf(QUOTE) === -1) {
    let at = 0;
    for (;;) {
      const nl = find(input, newline, at);
      const end = nl === -1 ? inputLen : nl;
      if (nl === -1 && ignoreLastRow) return lastCursor;
      let n = 1;
      for (let d = find(input, delim, at); d !== -1 && d < end; d = find(input, delim, d + delimLen)) n++;
      lastCursor = nl === -1 ? inputLen : nl + newlineLen;
      row(lastCursor, n);
      if (nl === -1) return lastCursor;
      at = lastCursor;
    }
  }
  let nextDelim = find(input, delim, cursor);
  let nextNewline = find(input, newline, cursor);
  let quoteSearch = input.indexOf(QUOTE, cursor);
  /** Spaces only, from just past the closing quote to `index`: their number of bytes, else 0
   * (papaparse's substring() takes its ends in either order). */
  const extraSpaces = (index: number) => {
    if (index === -1) return 0;
    const from = Math.min(quoteSearch + 1, index);
    const to = Math.max(quoteSearch + 1, index);
    if (to === from) return 0;
    return between.decode(input.subarray(from, to)).trim() === '' ? to - from : 0;
  };
  for (;;) {
    if (input[cursor] === QUOTE) {
      quoteSearch = cursor;
      cursor++;
      for (;;) {
        quoteSearch = input.indexOf(QUOTE, quoteSearch + 1);
        // Unclosed, or closed at the end of the input: the row runs to the end.
        if (quoteSearch === -1 || quoteSearch === inputLen - 1) return finish();
        // An escaped quote ("") is part of the cell.
        if (input[quoteSearch + 1] === QUOTE) {
          quoteSearch++;
          continue;
        }
        if (nextDelim !== -1 && nextDelim < quoteSearch + 1) nextDelim = find(input, delim, quoteSearch + 1);
        if (nextNewline !== -1 && nextNewline < quoteSearch + 1)
          nextNewline = find(input, newline, quoteSearch + 1);
        const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const spacesToDelim = extraSpaces(checkUpTo);
        if (isAt(input, delim, quoteSearch + 1 + spacesToDelim)) {
          fields++;
          cursor = quoteSearch + 1 + spacesToDelim + delimLen;
          if (input[quoteSearch + 1 + spacesToDelim + delimLen] !== QUOTE)
            quoteSearch = input.indexOf(QUOTE, cursor);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = find(input, delim, cursor);
          if (nextNewline !== -1 && nextNewline < cursor) nextNewline = find(input, newline, cursor);
          break;
        }
        const spacesToNewline = extraSpaces(nextNewline);
        const after = quoteSearch + 1 + spacesToNewline;
        if (isAt(input, newline, after)) {
          fields++;
          saveRow(after + newlineLen);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = find(input, delim, cursor);
          quoteSearch = input.indexOf(QUOTE, cursor);
          break;
        }
        // A quote inside the cell, not closing it: papaparse reads on (and notes it).
        quoteSearch++;
      }
      continue;
    }
    if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
      fields++;
      cursor = nextDelim + delimLen;
      nextDelim = find(input, delim, cursor);
      continue;
    }
    if (nextNewline !== -1) {
      fields++;
      saveRow(nextNewline + newlineLen);
      continue;
    }
    break;
  }
  return finish();
}
