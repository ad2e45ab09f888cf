import { useTranslation } from 'react-i18next';
import type { LoadedDataset } from '../../lib/dataset/loaded-dataset';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { MAX_RADIUS_KM, MIN_RADIUS_KM } from '../../lib/import/radius';
import { NumberField } from '../../components/number-field';
import { isolate } from '../../lib/format';
import { UnreadableHint } from '../../components/unreadable-hint';
import type { OpenedFile } from '../../lib/dataset/load-status';

/**
 * What an imported export turned into: its format and layout, rows read, events shown, rows
 * set aside (those outside Iraq counted), what is reference rather than from the file, and
 * the radius that decides what counts as an attack on a base.
 */
export function ImportSummary({
  loaded,
  file,
  reopen,
}: {
  loaded: LoadedDataset;
  /** The file the analyst opened, and how to open it again (see UnreadableHint). */
  file?: OpenedFile | undefined;
  reopen?: (file: File) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { num } = useLocale();
  const meta = loaded.data.meta.imported;
  const radius = useViewStore((s) => s.radiusKm);
  const setRadius = useViewStore((s) => s.setRadius);
  if (!meta || !loaded.imported) return null;
  const { rows, outsideIraq, dayOrder, unreadable } = loaded.imported;
  return (
    <div className="notice import-summary" role="status">
      <p>
        {t('import.summary', {
          name: isolate(meta.file),
          format: t(`provenance.formats.${meta.format}`),
          layout: t(`import.layouts.${meta.layout}`, { n: num(meta.columns) }),
          rows: num(rows),
          events: t('counts.events', {
            count: loaded.index.events.length,
            n: num(loaded.index.events.length),
          }),
          aside: num(loaded.rejected.length),
          outside: num(outsideIraq),
        })}
      </p>
      {(unreadable || file?.readAs) && <UnreadableHint at={unreadable} file={file} reopen={reopen} />}
      {dayOrder && (
        <p className="hint">
          {t(dayOrder.order === 'dmy' ? 'import.dayFirst' : 'import.monthFirst', {
            seen: isolate(dayOrder.seen),
          })}
        </p>
      )}
      <p className="hint">{t('import.reference')}</p>
      <p className="radius">
        <label>
          {t('import.radius')}{' '}
          <NumberField
            value={radius}
            min={MIN_RADIUS_KM}
            max={MAX_RADIUS_KM}
            suffix={t('import.km')}
            onCommit={setRadius}
          />
        </label>
      </p>
    </div>
  );
}
