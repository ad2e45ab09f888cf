import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseLocalNumber } from '../lib/format';
import { useLocale } from '../lib/use-locale';

/**
 * How long typing pauses before a live field takes its number. Taken at each keystroke,
 * "365" was 3, then 36, then 365: the views redrew for each (at a million rows, a long task
 * each), and the link recorded windows nobody asked for.
 */
export const LIVE_PAUSE_MS = 400;

interface Props {
  value: number;
  min: number;
  max: number;
  /** Whole numbers only (days); otherwise any number in range (kilometres). */
  integer?: boolean;
  disabled?: boolean;
  /** Take an acceptable number once typing pauses, not only on Enter or on leaving the field. */
  live?: boolean;
  /** Words that follow the number in its sentence ("km of a base…"), before any error. */
  suffix?: string;
  onCommit: (n: number) => void;
}

/**
 * A number field, set inside the label that names it. In English it is the browser's number
 * field. In Arabic it is a text field showing the reader's digits: a native number field
 * shows Latin digits whatever the page's language. It takes either digit set, and "٫" or "."
 * as the decimal point. What it cannot take it says, keeping what was typed.
 */
export function NumberField({
  value,
  min,
  max,
  integer = false,
  disabled,
  live = false,
  suffix,
  onCommit,
}: Props) {
  const { t } = useTranslation();
  const { lang, locale, num } = useLocale();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  const accept = (text: string): number | null => {
    const n = parseLocalNumber(text);
    return n >= min && n <= max && (!integer || Number.isInteger(n)) ? n : null;
  };
  const commit = () => {
    clearTimeout(pending.current);
    if (draft === null) return;
    const n = accept(draft);
    setInvalid(n === null);
    if (n === null) return;
    onCommit(n);
    setDraft(null);
  };
  const arabic = lang === 'ar';
  const shown = arabic ? new Intl.NumberFormat(locale, { useGrouping: false }).format(value) : String(value);
  return (
    <>
      <input
        className="number-field"
        type={arabic ? 'text' : 'number'}
        inputMode={arabic ? (integer ? 'numeric' : 'decimal') : undefined}
        dir={arabic ? 'ltr' : undefined}
        min={arabic ? undefined : min}
        max={arabic ? undefined : max}
        step={arabic ? undefined : integer ? 1 : 'any'}
        value={draft ?? shown}
        disabled={disabled}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          if (!live) return;
          clearTimeout(pending.current);
          const n = accept(e.target.value);
          if (n === null) return;
          setInvalid(false);
          pending.current = setTimeout(() => onCommit(n), LIVE_PAUSE_MS);
        }}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {suffix && ` ${suffix}`}
      {invalid && (
        <span id={errorId} className="field-error" role="alert">
          {t(integer ? 'app.wholeNumberInvalid' : 'app.numberInvalid', { min: num(min), max: num(max) })}
        </span>
      )}
    </>
  );
}
