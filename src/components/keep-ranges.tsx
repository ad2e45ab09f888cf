import type { ReactNode } from 'react';
import { ANY_DIGIT } from '../lib/i18n/languages';

/** Two numbers joined by a dash or hyphen, in any digits: 2019–2021, ٢٠١٩–٢٠٢١. */
const RANGE = new RegExp(`${ANY_DIGIT}+[–-]${ANY_DIGIT}+`, 'g');

/**
 * Text whose number ranges each stay on one line: a title that wrapped after "2019–" left
 * "2021" alone on the next line, in the header and in captions. Spans rather than joining
 * characters, so text copied from the page is the text as written.
 */
export function KeepRanges({ text }: { text: string }): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(RANGE)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(
      <span className="keep-range" key={m.index}>
        {m[0]}
      </span>,
    );
    last = m.index + m[0].length;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts;
}
