import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../lib/dataset/record-checks';
import { download } from '../../lib/download';
import { inSlices } from '../../lib/next-task';
import { useLocale } from '../../lib/use-locale';
import { rejectedJson } from './rejected-json';

/** Rows shown in the page; the download holds them all. */
const SHOWN = 200;

/**
 * The pieces as one file, each made a Blob as it comes: a Blob made of 322,000 records' text
 * at once took 0.3–0.6 s; one made of Blobs only refers to them.
 */
function* asBlob(pieces: Iterable<string>): Generator<void, Blob> {
  const blobs: Blob[] = [];
  for (const piece of pieces) {
    blobs.push(new Blob([piece]));
    yield;
  }
  return new Blob(blobs, { type: 'application/json' });
}

/** What was set aside from a file and why: the first rows, and the whole list to download. */
export function RejectedList({ origin, rejected }: { origin: string; rejected: readonly Problem[] }) {
  const { t } = useTranslation();
  const { num } = useLocale();
  const [writing, setWriting] = useState(false);
  const save = async () => {
    setWriting(true);
    try {
      // Written a slice at a time: a regional export sets hundreds of thousands aside.
      const file = await inSlices(asBlob(rejectedJson(origin, rejected)), () => false);
      if (file) download(file, 'drawdown-rejected-records.json');
    } finally {
      setWriting(false);
    }
  };
  return (
    <details className="notice rejected">
      <summary>{t('dataset.rejected', { count: rejected.length, n: num(rejected.length) })}</summary>
      <p className="hint">{t('dataset.rejectedHint')}</p>
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
