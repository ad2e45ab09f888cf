import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../lib/dataset/loaded-dataset';
import { useLocale } from '../lib/use-locale';
import { formatSourceNumber } from '../lib/format';

/** A compact link to a source document, served from the app's own origin. */
export function SourceRef({ file }: { file: string }) {
  const { t } = useTranslation();
  const { data } = useLoadedDataset();
  const { text, date, locale } = useLocale();
  const i = data.sources.findIndex((s) => s.file === file);
  const src = data.sources[i];
  const id = formatSourceNumber(Math.max(0, i), locale);
  const label = t('sources.short', { id });
  if (!src) return <span className="source-ref">{label}</span>;
  return (
    <>
      <a
        className="source-ref"
        href={`${import.meta.env.BASE_URL}data/sources/${encodeURIComponent(file)}`}
        target="_blank"
        rel="noreferrer"
        title={t('sources.open', { title: text(src.title), date: date(src.published.date) })}
      >
        {label}
      </a>
      {/* The schema lets only http: and https: links through; they open outside the app, on a click. */}
      {src.url && (
        <a className="source-ref" href={src.url} target="_blank" rel="noreferrer noopener">
          {t('sources.originalLink')}
        </a>
      )}
    </>
  );
}
