import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizeDigits } from '../lib/format';
import { digitsFor } from '../lib/i18n/languages';
import { isPartialDate } from '../lib/dates/partial-date';
import { normalizeForSearch } from '../lib/search/normalize';
import { useViewStore } from '../lib/store/view-store';

interface Props {
  label: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  onChange: (value: string | null) => void;
}

/**
 * A date filter field. In English it is the browser's date picker. In Arabic it is a text
 * field: a native picker is drawn in the browser's own locale, which the page cannot set, and
 * would show Latin "mm/dd/yyyy" in an Arabic view. It takes YYYY-MM-DD in either digit set.
 */
export function DateField({ label, value, min, max, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useViewStore((s) => s.lang);
  const digits = useViewStore((s) => s.digits);
  const errorId = useId();
  const shown = value ? localizeDigits(value, digitsFor(lang, digits)) : '';
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);

  if (lang !== 'ar')
    return (
      <label>
        {label}{' '}
        <input
          type="date"
          value={value ?? ''}
          min={min ?? undefined}
          max={max ?? undefined}
          onChange={(e) => onChange(e.target.value || null)}
        />
      </label>
    );

  const commit = () => {
    if (draft === null) return;
    const iso = normalizeForSearch(draft).replace(/ /g, '-');
    const ok = iso === '' || (iso.length === 10 && isPartialDate(iso));
    setInvalid(!ok);
    if (ok) {
      onChange(iso || null);
      setDraft(null);
    }
  };
  return (
    <label>
      {label}{' '}
      <input
        type="text"
        className="date-text"
        inputMode="numeric"
        dir="ltr"
        placeholder={t('filters.datePlaceholder')}
        value={draft ?? shown}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {invalid && (
        <span id={errorId} className="field-error" role="alert">
          {t('filters.dateInvalid')}
        </span>
      )}
    </label>
  );
}
