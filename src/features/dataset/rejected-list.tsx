import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../lib/dataset/record-checks';
import { download } from '../../lib/download';
import { inSlices } from '../../lib/next-task';
import { useLocale } from '../../lib/use-locale';

/** Rows shown in the page; the download holds them all. */
const SHOWN = 200;

/**
 * What was set aside from a file and why: the first rows, and the whole list to download. An
 * export's rows are set aside, most often for being outside Iraq (a regional export's are
 * mostly), not rejected for failing the schema.
 */
export function RejectedList({
  origin,
  rejected,
  imported,
}: {
  origin: string;
  rejected: readonly Problem[];
  imported: boolean;
}) {
  const { t } = useTranslation();
  const { num } = useLocale();
  const [writing, setWriting] = useState(false);
  const save = async () => {
    setWriting(true);
    try {
      // Written a slice at a time: a regional export sets hundreds of thousands aside. Its
      // code loads on the click: most files have nothing set aside.
      const { rejectedFile } = await import('./rejected-json');
      const file = await inSlices(rejectedFile(origin, rejected), () => false);
      if (file) download(file, 'drawdown-rejected-records.json');
    } finally {
      setWriting(false);
    }
  };
  return (
    <details className="notice rejected">
      <summary>
        {t(imported ? 'dataset.rowsAside' : 'dataset.rejected', {
          count: rejected.length,
          n: num(rejected.length),
        })}
      </summary>
      <p className="hint">{t(imported ? 'dataset.rowsAsideHint' : 'dataset.rejectedHint')}</p>
      <table className="problems">
        <thead>
          <tr>
            <th scope="col">{t('error.record')}</th>
            <th scope="col">{t('error.field')}</th>
            <th scope="col">{t('error.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rejected.slice(0, SHOWN).map((r, i) => (
            <tr key={i}>
              <td dir="ltr">{r.record}</td>
              <td dir="ltr">{r.field}</td>
              <td dir="ltr">{r.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rejected.length > SHOWN && <p>{t('error.more', { n: num(rejected.length - SHOWN) })}</p>}
      <button type="button" className="btn btn-small" disabled={writing} onClick={() => void save()}>
        {t('dataset.downloadRejected')}
      </button>
    </details>
  );
}
