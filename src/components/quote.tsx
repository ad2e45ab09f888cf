import type { Evidence } from '../lib/dataset/schema';
import { SourceRef } from './source-ref';
import { dirOf, langOfText } from '../lib/i18n/languages';

/** A verbatim quote in its own language and direction, with its source. */
export function Quote({ evidence }: { evidence: Evidence }) {
  const lang = langOfText(evidence.quote);
  return (
    <figure className="quote">
      <blockquote lang={lang} dir={dirOf(lang)}>
        {evidence.quote}
      </blockquote>
      <figcaption>
        <SourceRef file={evidence.source} />
      </figcaption>
    </figure>
  );
}
