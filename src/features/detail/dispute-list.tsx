import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../lib/dataset/schema';
import { useLocale } from '../../lib/use-locale';
import { Quote } from '../../components/quote';
import { WarningIcon } from '../../components/icons';

/** Shown at first: a record can be named by thousands of disputes, and drawing them all froze the tab. */
export const DISPUTES_SHOWN = 20;

/** The disputes naming one record, each claim with its quote; the first few, then all on request. */
export function DisputeList({ disputes }: { disputes: readonly Dispute[] }) {
  const { t } = useTranslation();
  const { text, num } = useLocale();
  const [all, setAll] = useState(false);
  const shown = all ? disputes : disputes.slice(0, DISPUTES_SHOWN);
  return (
    <>
      <h4 className="disputed">
        <WarningIcon />
        {t('detail.disputes')}
      </h4>
      {shown.map((d) => (
        <div key={d.id} className="dispute">
          <p>
            <strong>{text(d.topic)}</strong>
          </p>
          <ul>
            {d.claims.map((c, j) => (
              <li key={j}>
                {text(c.claim)}
                <Quote evidence={c.evidence} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      {shown.length < disputes.length && (
        <button type="button" className="btn btn-small" onClick={() => setAll(true)}>
          {t('detail.showAllDisputes', { count: disputes.length, n: num(disputes.length) })}
        </button>
      )}
    </>
  );
}
