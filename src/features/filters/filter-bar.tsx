import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { eventTypes } from '../../lib/dataset/vocabulary';
import { useFilteredRows } from '../../lib/filters/use-filtered';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { MultiSelect } from '../../components/multi-select';
import { presetsFor } from './presets';
import { DateField } from '../../components/date-field';
import { localizeDigits } from '../../lib/format';
import { digitsFor } from '../../lib/i18n/languages';
import { InfoIcon } from '../../components/icons';
import { sourceTypesOf } from '../../lib/dataset/indexes';
import { useLayers, useVisibleLayers } from '../../lib/layers/use-layers';
import { isolate } from '../../lib/format';
import './filter-bar.css';

export function FilterBar() {
  const { t } = useTranslation();
  const { data, index } = useLoadedDataset();
  const { text: pick, num } = useLocale();
  // The filters and the language only: the whole store would render the bar again at every
  // playback step and every hover, and each render translates every option.
  const s = useViewStore(
    useShallow((v) => ({
      from: v.from,
      to: v.to,
      provinces: v.provinces,
      types: v.types,
      bases: v.bases,
      sourceTypes: v.sourceTypes,
      text: v.text,
      lang: v.lang,
      digits: v.digits,
    })),
  );
  const { setRange, toggle, setFacet, setText, reset } = useViewStore.getState();
  const rows = useFilteredRows(index);
  const hintId = useId();
  const presetDigits = digitsFor(s.lang, s.digits);
  const presets = useMemo(() => presetsFor(data), [data]);
  // Made once per language, not at each filter change (a click renders the bar at once).
  const provinceOptions = useMemo(
    () =>
      Object.entries(data.provinces)
        .map(([value, p]) => ({ value, label: pick(p.name) }))
        .sort((a, b) => a.label.localeCompare(b.label, s.lang)),
    [data.provinces, pick, s.lang],
  );
  const typeOptions = useMemo(() => eventTypes.map((value) => ({ value, label: t(`types.${value}`) })), [t]);
  const baseOptions = useMemo(
    () => data.bases.map((b) => ({ value: b.id, label: pick(b.name) })),
    [data.bases, pick],
  );
  // Each layer's own categories, all in one list: a choice applies to the layers that have it.
  const layers = useVisibleLayers();
  const all = useLayers();
  const sourceTypeNames = useMemo(() => {
    const names = new Map<string, { en: string; ar: string }>();
    for (const l of layers) {
      const c = l.loaded.counts;
      for (const [k, v] of c ? c.sourceTypes.map((x) => [x.en, x] as const) : sourceTypesOf(l.loaded.index))
        if (!names.has(k)) names.set(k, v);
    }
    return new Map([...names].sort((a, b) => a[0].localeCompare(b[0])));
  }, [layers]);
  const sourceTypeOptions = useMemo(
    () => [...sourceTypeNames].map(([value, name]) => ({ value, label: pick(name) })),
    [sourceTypeNames, pick],
  );

  return (
    <form className="panel filter-bar" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="dates" role="group" aria-describedby={hintId}>
        <DateField label={t('filters.from')} value={s.from} max={s.to} onChange={(v) => setRange(v, s.to)} />
        <DateField label={t('filters.to')} value={s.to} min={s.from} onChange={(v) => setRange(s.from, v)} />
        <span className="info" title={t('filters.precisionHint')} aria-hidden="true">
          <InfoIcon />
        </span>
        <span id={hintId} className="visually-hidden">
          {t('filters.precisionHint')}
        </span>
      </div>
      <div className="presets" role="group" aria-label={t('filters.presets')}>
        {presets.map((p) => (
          <button
            key={p.years ?? 'all'}
            type="button"
            className="btn btn-small"
            aria-pressed={s.from === p.from && s.to === p.to}
            onClick={() => setRange(p.from, p.to)}
          >
            {p.years === null ? t('filters.presetAll') : localizeDigits(p.years, presetDigits)}
          </button>
        ))}
      </div>
      <MultiSelect
        label={t('filters.governorates')}
        options={provinceOptions}
        selected={s.provinces}
        onToggle={(v) => toggle('provinces', v)}
        onClear={() => setFacet('provinces', [])}
      />
      <MultiSelect
        label={t('filters.types')}
        options={typeOptions}
        selected={s.types}
        onToggle={(v) => toggle('types', v)}
        onClear={() => setFacet('types', [])}
      />
      <MultiSelect
        label={t('filters.bases')}
        options={baseOptions}
        selected={s.bases}
        onToggle={(v) => toggle('bases', v)}
        onClear={() => setFacet('bases', [])}
      />
      {sourceTypeOptions.length > 0 && (
        <MultiSelect
          label={t('filters.sourceTypes')}
          options={sourceTypeOptions}
          selected={s.sourceTypes}
          onToggle={(v) => toggle('sourceTypes', v)}
          onClear={() => setFacet('sourceTypes', [])}
        />
      )}
      <label className="search">
        <span className="visually-hidden">{t('filters.text')}</span>
        <input
          type="search"
          value={s.text}
          placeholder={t('filters.textPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="button" className="btn" onClick={reset}>
        {t('filters.reset')}
      </button>
      <output className="count" aria-live="polite">
        {all.length > 1 && `${isolate(pick(all[0]!.name))}${t('app.colon')}`}
        {t('filters.count', {
          count: index.events.length,
          shown: num(rows.length),
          total: num(index.events.length),
        })}
      </output>
    </form>
  );
}
