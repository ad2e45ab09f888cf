import { useTranslation } from 'react-i18next';
import type { Unreadable } from '../lib/import/sample';
import { isolate } from '../lib/format';
import { useReasonWords, useReasons } from '../lib/hooks/use-reason';

/**
 * An imported file whose letters could not all be read (not UTF-8, see unreadableIn): where,
 * and how to save it so they can. Its words load with the reasons (see loadReasons), as only
 * such a file needs them. `name`: the file's, where others are on screen (a layer's).
 */
export function UnreadableHint({ at, name }: { at: Unreadable; name?: string | undefined }) {
  const { t } = useTranslation();
  const state = useReasons(true);
  const said = useReasonWords();
  if (state !== 'ready') return null;
  return (
    <p className="unreadable" role="alert">
      {name !== undefined && (
        <>
          {isolate(name)}
          {t('app.colon')}
        </>
      )}
      {said.t('hint.unreadable', { line: said.writing.num(at.line), text: said.writing.quote(at.text) })}
    </p>
  );
}
