/**
 * Where papaparse's rows end, found without making them. The parsing worker of a CSV read in
 * parts (see split-csv.ts) needs only where each row ends to hand the parts their chunks;
 * making every row's cells took about half its time. This is papaparse's own loop
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
const QUOTE = '"';

/**
 * The rows of `input` that end in it: `row(end, fields)` for each, with the position just
 * past it (past its line break) and its number of cells. With `ignoreLastRow` (more text is to
 * come), a row that reaches the end of the input is left for the next call. Returns where the
 * text not yet read starts.
 */
export function scanRows(
  input: string,
  delim: string,
  newline: string,
  ignoreLastRow: boolean,
  row: (end: number, fields: number) => void,
): number {
  const inputLen = input.length;
  const delimLen = delim.length;
  const newlineLen = newline.length;
  let cursor = 0;
  let lastCursor = 0;
  let fields = 0;
  if (!input) return 0;
  const saveRow = (newCursor: number) => {
    cursor = newCursor;
    lastCursor = cursor;
    row(cursor, fields);
    fields = 0;
    nextNewline = input.indexOf(newline, cursor);
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
      const nl = input.indexOf(newline, at);
      const end = nl === -1 ? inputLen : nl;
      if (nl === -1 && ignoreLastRow) return lastCursor;
      let n = 1;
      for (let d = input.indexOf(delim, at); d !== -1 && d < end; d = input.indexOf(delim, d + delimLen)) n++;
      lastCursor = nl === -1 ? inputLen : nl + newlineLen;
      row(lastCursor, n);
      if (nl === -1) return lastCursor;
      at = lastCursor;
    }
  }
  let nextDelim = input.indexOf(delim, cursor);
  let nextNewline = input.indexOf(newline, cursor);
  let quoteSearch = input.indexOf(QUOTE, cursor);
  /** Spaces only, from just past the closing quote to `index`: their number, else 0. */
  const extraSpaces = (index: number) => {
    if (index === -1) return 0;
    const between = input.substring(quoteSearch + 1, index);
    return between && between.trim() === '' ? between.length : 0;
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
        if (nextDelim !== -1 && nextDelim < quoteSearch + 1)
          nextDelim = input.indexOf(delim, quoteSearch + 1);
        if (nextNewline !== -1 && nextNewline < quoteSearch + 1)
          nextNewline = input.indexOf(newline, quoteSearch + 1);
        const checkUpTo = nextNewline === -1 ? nextDelim : Math.min(nextDelim, nextNewline);
        const spacesToDelim = extraSpaces(checkUpTo);
        if (input.substr(quoteSearch + 1 + spacesToDelim, delimLen) === delim) {
          fields++;
          cursor = quoteSearch + 1 + spacesToDelim + delimLen;
          if (input[quoteSearch + 1 + spacesToDelim + delimLen] !== QUOTE)
            quoteSearch = input.indexOf(QUOTE, cursor);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
          if (nextNewline !== -1 && nextNewline < cursor) nextNewline = input.indexOf(newline, cursor);
          break;
        }
        const spacesToNewline = extraSpaces(nextNewline);
        const after = quoteSearch + 1 + spacesToNewline;
        if (input.substring(after, after + newlineLen) === newline) {
          fields++;
          saveRow(after + newlineLen);
          if (nextDelim !== -1 && nextDelim < cursor) nextDelim = input.indexOf(delim, cursor);
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
      nextDelim = input.indexOf(delim, cursor);
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
