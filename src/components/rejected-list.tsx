import './rejected-list.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../lib/download';
import { isolate } from '../lib/format';
import { loadReasons } from '../lib/i18n';
import {
  isRowProblem,
  sayCheck,
  sayRow,
  type Reasons,
  type Say,
  type SetAside,
} from '../lib/import/row-problem';
import { useReasons, useReasonWords } from '../lib/hooks/use-reason';
import type { Unreadable } from '../lib/import/sample';
import { UnreadableHint } from './unreadable-hint';
import type { OpenedFile } from '../lib/dataset/load-status';
import { inSlices } from '../lib/next-task';
import { useLocale } from '../lib/use-locale';

/** Rows shown in the page; the download holds them all. */
const SHOWN = 200;

/** A row's problem as its codes, when the words could not be had. */
const asCodes: Say = (key, v) =>
  key === 'row'
    ? `#${v.row}`
    : key === 'rowId'
      ? `#${v.row} ${v.id}`
      : `${key.slice(key.indexOf('.') + 1)}: ${v.value}`;

interface ListProps {
  origin: string;
  rejected: readonly SetAside[];
  imported: boolean;
  /** The layer's name, when the list is a layer's. */
  name?: string;
}

/**
 * What was set aside from a file, and, for a layer, whether its letters could all be read (a
 * dataset's import summary says that: see UnreadableHint). One module, so the layers' list
 * loads one piece of code for both.
 */
export function RejectedList({
  unreadable,
  file,
  reopen,
  ...list
}: ListProps & {
  unreadable?: Unreadable | undefined;
  /** A layer's file the analyst opened, and how to open it again in its place (see UnreadableHint). */
  file?: OpenedFile | undefined;
  reopen?: (file: File) => Promise<void>;
}) {
  return (
    <>
      {(unreadable || file?.readAs) && (
        <UnreadableHint at={unreadable} name={list.name} file={file} reopen={reopen} />
      )}
      {list.rejected.length > 0 && <SetAsideList {...list} />}
    </>
  );
}

/**
 * What was set aside from a file and why: the first rows, and the whole list to download. An
 * export's rows are set aside, most often for being outside Iraq (a regional export's are
 * mostly), not rejected for failing the schema. Shown for the dataset and for each layer.
 */
function SetAsideList({ origin, rejected, imported, name }: ListProps) {
  const { t } = useTranslation();
  const { num, lang } = useLocale();
  const shown = rejected.slice(0, SHOWN);
  // What was set aside is said in the reader's language, in a namespace loaded when needed: an
  // export's rows always, a dataset's records when they are not to be read in English, as checked.
  const needsReasons = shown.some((p) => isRowProblem(p) || (lang !== 'en' && p.check));
  const reasons = useReasons(needsReasons);
  const said = useReasonWords();
  // Should the words fail to download, the rows still show, as codes: the list is the record.
  const tr = reasons instanceof Error ? asCodes : said.t;
  // A dataset's records are checked in English; said otherwise once the words are in (and,
  // should they fail to download, left in English rather than shown as codes).
  const words = lang !== 'en' && reasons === 'ready';
  // "Everything else is loaded" is not so of the lines read into a row whose quote stays open.
  const strayQuote = useMemo(
    () => rejected.some((p) => isRowProblem(p) && p.reason === 'unclosedQuote'),
    [rejected],
  );
  return (
    <details className="notice rejected">
      <summary>
        {name && (
          <>
            {isolate(name)}
            {t('app.colon')}
          </>
        )}
        {t(imported ? 'dataset.rowsAside' : 'dataset.rejected', {
          count: rejected.length,
          n: num(rejected.length),
        })}
      </summary>
      <p className="hint">
        {strayQuote && reasons === 'ready'
          ? said.t('hint.unclosedQuote', {})
          : t(imported ? 'dataset.rowsAsideHint' : 'dataset.rejectedHint')}
      </p>
      <table className="problems">
        <thead>
          <tr>
            <th scope="col">{t('error.record')}</th>
            <th scope="col">{t('error.field')}</th>
            <th scope="col">{t('error.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {(!needsReasons || reasons !== 'waiting' ? shown : []).map((p, i) => {
            // A record is named as the file names it (collection, index, id): a JSON address.
            const row = isRowProblem(p);
            const r = row ? sayRow(p, tr, said.writing) : words ? sayCheck(p, tr, said.zod, said.writing) : p;
            return (
              <tr key={i}>
                <td dir={row ? undefined : 'ltr'}>{r.record}</td>
                <td dir="ltr">{r.field}</td>
                <td dir={r === p ? 'ltr' : undefined}>{r.message}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rejected.length > SHOWN && <p>{t('error.more', { n: num(rejected.length - SHOWN) })}</p>}
      <DownloadList origin={origin} rejected={rejected} />
    </details>
  );
}

/**
 * The whole list as a file, written a slice at a time with a count of what is written, and a
 * way to stop. Its own component: the count re-renders it alone, not the list's 200 rows.
 */
function DownloadList({ origin, rejected }: { origin: string; rejected: readonly SetAside[] }) {
  const { t, i18n } = useTranslation();
  const { num } = useLocale();
  // Records written so far while the list is written; null otherwise.
  const [written, setWritten] = useState<number | null>(null);
  const cancelled = useRef(false);
  // A list still being written when its file goes (another opened) is not saved.
  useEffect(() => () => void (cancelled.current = true), []);
  const save = async () => {
    cancelled.current = false;
    setWritten(0);
    try {
      // Written a slice at a time: a regional export sets hundreds of thousands aside (a
      // million rows', seconds). Its code loads on the click: most files have nothing set aside.
      const [{ rejectedFile, fill }] = await Promise.all([import('./rejected-json'), loadReasons()]);
      // The file is a record, in English as the checks' own messages are.
      const en = fill(i18n.getResourceBundle('en', 'reasons') as Reasons);
      let n = 0;
      const say = (p: SetAside) => {
        n++;
        return isRowProblem(p) ? sayRow(p, en) : p;
      };
      let shown = 0;
      const file = await inSlices(rejectedFile(origin, rejected, say), () => {
        // Called at each pause between slices; the count is redrawn a few times a second (at
        // each pause, it made the list ~10% slower to write).
        if (performance.now() - shown > 200) {
          setWritten(n);
          shown = performance.now();
        }
        return cancelled.current;
      });
      if (file && !cancelled.current) download(file, 'drawdown-rejected-records.json');
    } finally {
      setWritten(null);
    }
  };
  return written === null ? (
    <button type="button" className="btn btn-small" onClick={() => void save()}>
      {t('dataset.downloadRejected')}
    </button>
  ) : (
    <p className="writing">
      <span role="status">
        {t('dataset.writingList', { done: num(written), total: num(rejected.length) })}
      </span>{' '}
      <button type="button" className="btn btn-small" onClick={() => (cancelled.current = true)}>
        {t('briefing.cancel')}
      </button>
    </p>
  );
}
