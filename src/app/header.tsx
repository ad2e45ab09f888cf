import { useTranslation } from 'react-i18next';
import { useContext, useMemo } from 'react';
import { LoadedDatasetContext } from '../lib/dataset/loaded-dataset';
import { useLocale } from '../lib/use-locale';
import { LanguageToggle } from '../components/language-toggle';
import { BriefingMenu } from '../features/briefing/briefing-menu';
import { OpenDataset } from '../features/dataset/open-dataset';
import { KeepRanges } from '../components/keep-ranges';

/**
 * `shown` is the key of the dataset on screen (datasetKey): what the header says of it is built
 * afresh with each dataset, for no part of the header to keep the one before (see datasetKey).
 */
export function Header({ shown }: { shown: number | undefined }) {
  return (
    <header className="app-header">
      <DatasetFacts key={shown} />
      <div className="header-actions">
        <OpenDataset />
        {shown !== undefined && <BriefingMenu shown={shown} />}
        <LanguageToggle />
      </div>
    </header>
  );
}

/** The dataset's title, coverage and counts; the app's name until one has loaded. */
function DatasetFacts() {
  const { t } = useTranslation();
  // The dataset the views show (the shell hands it down once it has rendered them).
  const data = useContext(LoadedDatasetContext);
  const { text, date, num } = useLocale();
  const meta = data?.data.meta;
  // Lengths only, once per dataset: the header re-renders on every language switch.
  const c = useMemo(
    () =>
      data && {
        events: data.index.events.length,
        bases: data.data.bases.length,
        troopLevels: data.data.troopLevels.length,
        disputes: data.data.disputes.length,
        sources: data.data.sources.length,
      },
    [data],
  );
  const kinds = ['events', 'bases', 'troopLevels', 'disputes', 'sources'] as const;
  return (
    <>
      <div className="brand">
        {/* Isolated: an imported file's title is its name, which in Arabic ran into the page's
            right-to-left order ("2024-iraq.csv" read "iraq.csv-2024"). */}
        <h1>
          <bdi>{meta ? <KeepRanges text={text(meta.title)} /> : t('app.name')}</bdi>
        </h1>
        {meta && (
          <p className="coverage">
            {t('app.coverage', { from: date(meta.coverage.from), to: date(meta.coverage.to) })}
          </p>
        )}
      </div>
      {c && (
        <ul className="counts" aria-label={t('counts.label')}>
          {kinds.map((k) => (
            <li key={k}>{t(`counts.${k}`, { count: c[k], n: num(c[k]) })}</li>
          ))}
        </ul>
      )}
    </>
  );
}
