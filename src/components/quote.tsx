import type { Evidence } from '../lib/dataset/schema';
import { SourceRef } from './source-ref';

const ARABIC = /[\u0600-\u06FF]/;

/** A verbatim quote in its own language and direction, with its source. */
export function Quote({ evidence }: { evidence: Evidence }) {
  const lang = ARABIC.test(evidence.quote) ? 'ar' : 'en';
  return (
    <figure className="quote">
      <blockquote lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
        {evidence.quote}
      </blockquote>
      <figcaption>
        <SourceRef file={evidence.source} />
      </figcaption>
    </figure>
  );
}
