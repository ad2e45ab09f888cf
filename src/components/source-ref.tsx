import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLoadedDataset } from '../lib/dataset/loaded-dataset';
import { useLocale } from '../lib/use-locale';
import { formatSourceNumber } from '../lib/format';
import type { Dataset } from '../lib/dataset/schema';

type Link = { label: string; number: string; title: string; url?: string };
type Locale = ReturnType<typeof useLocale>;

// A source's label and title, made once per dataset and language: the table shows a link for
// each source of each row on screen, and made anew each time they were a fifth of its mount.
const made = new WeakMap<Dataset['sources'], Map<string, Map<string, Link>>>();

function linksOf(sources: Dataset['sources'], t: TFunction, { lang, locale, text, date }: Locale) {
  let byLocale = made.get(sources);
  if (!byLocale) made.set(sources, (byLocale = new Map()));
  const key = `${lang}|${locale}`;
  let links = byLocale.get(key);
  if (!links) {
    links = new Map();
    sources.forEach((src, i) => {
      const number = formatSourceNumber(i, locale);
      const label = t('sources.short', { id: number });
      const title = t('sources.open', { title: text(src.title), date: date(src.published.date) });
      if (!links!.has(src.file)) links!.set(src.file, { label, number, title, url: src.url });
    });
    byLocale.set(key, links);
  }
  return links;
}

const positions = new WeakMap<Dataset['sources'], Map<string, number>>();

/** Source files in the order their dataset numbers them (its list's order: source 000 first). */
export function inSourceOrder(files: Iterable<string>, sources: Dataset['sources']): string[] {
  let at = positions.get(sources);
  if (!at) positions.set(sources, (at = new Map(sources.map((s, i) => [s.file, i]))));
  const k = (f: string) => at.get(f) ?? sources.length;
  return [...new Set(files)].sort((a, b) => k(a) - k(b));
}

/**
 * A compact link to a source document, served from the app's own origin. `short` shows its
 * number only, under a heading that says "Sources": a row's three sources fit its column.
 * `sources` are those of the dataset the quote is from (a layer's row), the page's by default.
 */
export function SourceRef({
  file,
  short = false,
  sources,
}: {
  file: string;
  short?: boolean;
  sources?: Dataset['sources'];
}) {
  const { t } = useTranslation();
  const { data } = useLoadedDataset();
  const locale = useLocale();
  const link = linksOf(sources ?? data.sources, t, locale).get(file);
  // (The record checks let no quote name a source its dataset does not list.)
  if (!link) return <span className="source-ref">{file}</span>;
  return (
    <>
      <a
        className="source-ref"
        href={`${import.meta.env.BASE_URL}data/sources/${encodeURIComponent(file)}`}
        target="_blank"
        rel="noreferrer"
        title={link.title}
        aria-label={short ? link.label : undefined}
      >
        {short ? link.number : link.label}
      </a>
      {/* The schema lets only http: and https: links through; they open outside the app, on a click. */}
      {link.url && (
        <a className="source-ref" href={link.url} target="_blank" rel="noreferrer noopener">
          {t('sources.originalLink')}
        </a>
      )}
    </>
  );
}
