import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { figureKeys } from '../../lib/dataset/vocabulary';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { ViewSection } from '../../components/view-section';
import { Quote } from '../../components/quote';
import { disputesOf } from '../../lib/figures';
import { DisputeList } from './dispute-list';
import { Provenance } from './provenance';
import './detail.css';

/** Everything behind one event: summary, figures, how its date was set, quotes, disputes. */
export function DetailPanel() {
  const { t } = useTranslation();
  const { data, index } = useLoadedDataset();
  const { text, date, num } = useLocale();
  const selected = useViewStore((s) => s.selected);
  const select = useViewStore((s) => s.select);
  const i = selected !== null ? index.eventById.get(selected) : undefined;
  if (i === undefined) return null;
  const e = index.events.get(i);
  const base = e.base ? index.baseById.get(e.base) : undefined;
  const prov = e.province ? data.provinces[e.province] : undefined;
  const disputes = disputesOf(index, e.id);
  const figures = figureKeys.filter((k) => e.figures?.[k] !== undefined);

  return (
    <ViewSection
      title={t('detail.title')}
      className="detail-panel"
      actions={
        <button type="button" className="btn btn-small close" onClick={() => select(null)}>
          {t('detail.close')}
        </button>
      }
    >
      <h3>{text(e.title)}</h3>
      <p className="muted">
        {[date(e.date), t(`types.${e.type}`), prov && text(prov.name), base && text(base.name)]
          .filter(Boolean)
          .join(t('app.sep'))}
      </p>
      <p>{text(e.summary)}</p>
      {figures.length > 0 && (
        <>
          <h4>{t('detail.figures')}</h4>
          <ul className="figures">
            {figures.map((k) => {
              const v = num(e.figures![k]!);
              const q = e.figureQualifiers?.[k];
              return (
                // "Attacks: 1", not "1 attacks": a label and its figure read right in both
                // languages whatever the count (Arabic's counted nouns take six forms).
                <li key={k}>
                  {t('figures.line', {
                    label: t(`figures.${k}`),
                    value: q ? t(`figures.${q}`, { value: v }) : v,
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {e.dateNote && (
        <>
          <h4>{t('detail.dateNote')}</h4>
          <p>{text(e.dateNote)}</p>
        </>
      )}
      {disputes.length > 0 && <DisputeList key={e.id} disputes={disputes} />}
      {e.origin && <Provenance origin={e.origin} />}
      {e.evidence.length > 0 && <h4>{t('detail.evidence')}</h4>}
      {e.evidence.map((q, j) => (
        <Quote key={j} evidence={q} />
      ))}
    </ViewSection>
  );
}
