import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CaretIcon } from './icons';
import { useLocale } from '../lib/use-locale';

export interface Option {
  value: string;
  label: string;
}

/** A labelled drop-down of checkboxes; the summary says what is picked. */
export function MultiSelect({
  label,
  options,
  selected,
  onToggle,
  onClear,
}: {
  label: string;
  options: Option[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const { num } = useLocale();
  const id = useId();
  const summary =
    selected.length === 0
      ? t('filters.any')
      : selected.length === 1
        ? (options.find((o) => o.value === selected[0])?.label ?? selected[0])
        : t('filters.selected', { count: selected.length, n: num(selected.length) });
  return (
    <details className="multi-select">
      <summary>
        <span className="ms-label" id={id}>
          {label}
        </span>
        <span className="ms-value">{summary}</span>
        <CaretIcon dir="down" />
      </summary>
      <fieldset className="ms-pop" aria-labelledby={id}>
        {options.map((o) => (
          <label key={o.value} className="check">
            <input type="checkbox" checked={selected.includes(o.value)} onChange={() => onToggle(o.value)} />
            {o.label}
          </label>
        ))}
        <button type="button" className="btn btn-small" onClick={onClear} disabled={selected.length === 0}>
          {t('filters.clear')}
        </button>
      </fieldset>
    </details>
  );
}
