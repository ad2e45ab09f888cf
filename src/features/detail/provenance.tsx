import { useTranslation } from 'react-i18next';
import type { Origin } from '../../lib/dataset/schema';
import { isolate } from '../../lib/format';
import { useLocale } from '../../lib/use-locale';

/**
 * Where an imported row came from, as the file gives it: file, row, original id, the
 * source's own category, date and place with their precision, fatalities (UCDP's low–best–high
 * range as given, inconsistent or not), and the source text verbatim.
 */
export function Provenance({ origin: o }: { origin: Origin }) {
  const { t } = useTranslation();
  const { text, num } = useLocale();
  const f = o.fatalities;
  const ordered = !f || ((f.low ?? f.best) <= f.best && f.best <= (f.high ?? f.best));
  return (
    <>
      <h4>{t('provenance.title')}</h4>
      <dl className="provenance">
        <dt>{t('provenance.file')}</dt>
        <dd>
          {t('provenance.fileRow', {
            file: isolate(o.file),
            row: num(o.row),
            format: t(`provenance.formats.${o.format}`),
          })}
        </dd>
        <dt>{t('provenance.id')}</dt>
        <dd>
          <bdi>{o.id}</bdi>
        </dd>
        <dt>{t('provenance.category')}</dt>
        <dd>{text(o.sourceType)}</dd>
        <dt>{t('provenance.date')}</dt>
        <dd>
          <span dir="ltr">{o.dateGiven}</span>
          {t('app.sep')}
          {t(`provenance.datePrecision.${o.datePrecision}`)}
        </dd>
        <dt>{t('provenance.place')}</dt>
        <dd>
          <span dir="auto">{o.place.text || o.place.admin1 || t('provenance.none')}</span>
          {t('app.sep')}
          {t(`provenance.placePrecision.${o.place.precision}`)}
          {o.place.lat !== undefined && o.place.lon !== undefined && (
            // (The space outside the left-to-right span: inside, it would sit at its far end in Arabic.)
            <>
              {' '}
              <span dir="ltr">{`(${o.place.lat}, ${o.place.lon})`}</span>
            </>
          )}
          {o.place.governorateBy === 'point' && (
            <>
              {t('app.sep')}
              {t('provenance.byPoint')}
            </>
          )}
        </dd>
        {f && (
          <>
            <dt>{t('provenance.fatalities')}</dt>
            <dd>
              {f.low !== undefined || f.high !== undefined
                ? t('provenance.range', {
                    best: num(f.best),
                    low: f.low !== undefined ? num(f.low) : '–',
                    high: f.high !== undefined ? num(f.high) : '–',
                  })
                : num(f.best)}
              {!ordered && (
                <>
                  {t('app.sep')}
                  {t('provenance.unordered')}
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      {o.sourceText.length > 0 && <h4>{t('provenance.sourceText')}</h4>}
      {o.sourceText.map((s) => (
        <figure key={s.label} className="quote">
          <blockquote dir="auto">{s.text}</blockquote>
          <figcaption dir="ltr">{s.label}</figcaption>
        </figure>
      ))}
    </>
  );
}
