import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unreadable } from '../lib/import/sample';
import { isolate } from '../lib/format';
import { useReasonWords, useReasons } from '../lib/hooks/use-reason';
import type { OpenedFile } from '../lib/dataset/load-status';
import { CODE_PAGES, linesAs, readAs, type CodePage } from '../lib/import/code-pages';

/**
 * An imported file whose letters could not all be read (not UTF-8, see unreadableIn): where,
 * and how to save it so they can; or a file read in a Windows code page, as the analyst chose.
 * A file they opened can be read again in a code page, from here (see ReadAs): `reopen` opens it
 * in the same place (the dataset's or its layer's). Its words load with the reasons (see
 * loadReasons), as only such a file needs them. `name`: the file's, where others are on screen
 * (a layer's).
 */
export function UnreadableHint({
  at,
  name,
  file,
  reopen,
}: {
  at?: Unreadable | undefined;
  name?: string | undefined;
  file?: OpenedFile | undefined;
  reopen?: ((file: File) => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const state = useReasons(true);
  const said = useReasonWords();
  const as = file?.readAs as CodePage | undefined;
  if (state !== 'ready' || (!at && !as)) return null;
  return (
    <div className="unreadable" role="alert">
      <p>
        {name !== undefined && (
          <>
            {isolate(name)}
            {t('app.colon')}
          </>
        )}
        {as
          ? said.t('hint.readAs', { encoding: said.t(`hint.${as}`, {}) })
          : said.t('hint.unreadable', {
              line: said.writing.num(at!.line),
              text: said.writing.quote(at!.text),
            })}
        {file && reopen && !as && <> {said.t('hint.readAsPick', {})}</>}
      </p>
      {file && reopen && <ReadAs saved={file.saved ?? file} as={as} reopen={reopen} />}
    </div>
  );
}

/**
 * The file's first line outside ASCII as each code page reads it, each a button that reads the
 * file so (and, once read so, a button back to UTF-8): the analyst sees which reads right.
 */
function ReadAs({
  saved,
  as,
  reopen,
}: {
  saved: File;
  as: CodePage | undefined;
  reopen: (file: File) => Promise<void>;
}) {
  const said = useReasonWords();
  const [lines, setLines] = useState<Awaited<ReturnType<typeof linesAs>>>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    linesAs(saved).then(
      (l) => live && setLines(l),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [saved]);
  const pick = async (cp: CodePage | 'utf-8') => {
    setBusy(true);
    try {
      await reopen(cp === 'utf-8' ? saved : await readAs(saved, cp));
    } finally {
      setBusy(false);
    }
  };
  if (!lines) return null;
  const choices = [...CODE_PAGES.filter((cp) => cp !== as), ...(as ? (['utf-8'] as const) : [])];
  return (
    <ul className="read-as" aria-busy={busy}>
      {choices.map((cp) => (
        <li key={cp}>
          <button type="button" className="btn" disabled={busy} onClick={() => void pick(cp)}>
            {said.t(`hint.${cp}`, {})}
          </button>{' '}
          {cp !== 'utf-8' && <span className="read-as-line">{said.writing.quote(lines[cp].text)}</span>}
        </li>
      ))}
      {busy && <li role="status">{said.t('hint.reading', {})}</li>}
    </ul>
  );
}
