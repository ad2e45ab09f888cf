import type { Unreadable } from '../../lib/import/sample';
import { useReasonWords, useReasons } from '../../lib/hooks/use-reason';

/**
 * An imported file whose letters could not all be read (not UTF-8, see unreadableIn): where,
 * and how to save it so they can. Its words load with the reasons (see loadReasons), as only
 * such a file needs them.
 */
export function UnreadableHint({ at }: { at: Unreadable }) {
  const state = useReasons(true);
  const { t, writing } = useReasonWords();
  if (state !== 'ready') return null;
  return (
    <p className="unreadable" role="alert">
      {t('hint.unreadable', { line: writing.num(at.line), text: writing.quote(at.text) })}
    </p>
  );
}
