import './playback.css';
import { useTranslation } from 'react-i18next';
import type { KeyboardEvent } from 'react';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { dayToIso, isoToDay } from '../../lib/dates/partial-date';
import { SPEEDS, STEP_UNITS, WINDOWS, usePlaybackStore } from '../../lib/store/playback-store';
import { useViewStore } from '../../lib/store/view-store';
import { isRtl } from '../../lib/i18n/languages';
import { useLocale } from '../../lib/use-locale';
import { stepCursor, usePlaybackClock } from './use-playback';
import { playbackSpan } from '../../lib/playback';

/**
 * The time cursor: a slider over the playback span, play/pause, a step back and forward by
 * day, week or month, speed, the trailing window and loop. Space plays or pauses; the arrow
 * keys step in the reading direction (in Arabic, left is later).
 */
export function PlaybackBar() {
  const { t } = useTranslation();
  const { data } = useLoadedDataset();
  const { date, num, lang } = useLocale();
  const at = useViewStore((s) => s.at);
  const setAt = useViewStore((s) => s.setAt);
  const p = usePlaybackStore();
  usePlaybackClock();
  const [lo, hi] = playbackSpan(data);
  const value = at ? Math.min(hi, Math.max(lo, isoToDay(at))) : lo;
  const rtl = isRtl(lang);

  const onKey = (e: KeyboardEvent) => {
    // Lists and check boxes keep their own keys.
    if (e.target instanceof HTMLSelectElement || (e.target as HTMLInputElement).type === 'checkbox') return;
    if (e.key === ' ') {
      e.preventDefault();
      p.set({ playing: !p.playing });
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const later = (e.key === 'ArrowRight') !== rtl;
      stepCursor(data, later ? 1 : -1);
    }
  };

  return (
    <div
      role="toolbar"
      className="panel playback no-export"
      aria-label={t('playback.label')}
      onKeyDown={onKey}
    >
      <button
        type="button"
        className="btn play"
        aria-pressed={p.playing}
        onClick={() => p.set({ playing: !p.playing })}
      >
        {p.playing ? t('playback.pause') : t('playback.play')}
      </button>
      <button type="button" className="btn btn-small" onClick={() => stepCursor(data, -1)}>
        {t('playback.back')}
      </button>
      <input
        type="range"
        className="cursor"
        min={lo}
        max={hi}
        step={1}
        value={value}
        aria-label={t('playback.date')}
        aria-valuetext={at ? date(at) : t('playback.none')}
        onChange={(e) => setAt(dayToIso(Number(e.target.value)))}
      />
      <button type="button" className="btn btn-small" onClick={() => stepCursor(data, 1)}>
        {t('playback.forward')}
      </button>
      <output className="at" aria-live="off">
        {at ? date(at) : t('playback.none')}
      </output>
      <label>
        {t('playback.step')}{' '}
        <select
          value={p.unit}
          onChange={(e) => p.set({ unit: e.target.value as (typeof STEP_UNITS)[number] })}
        >
          {STEP_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`playback.units.${u}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('playback.speed')}{' '}
        <select
          value={p.speed}
          onChange={(e) => p.set({ speed: Number(e.target.value) as (typeof SPEEDS)[number] })}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('playback.times', { n: num(s) })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('playback.window')}{' '}
        <select
          value={p.windowDays}
          onChange={(e) => p.set({ windowDays: Number(e.target.value) as (typeof WINDOWS)[number] })}
        >
          {WINDOWS.map((w) => (
            <option key={w} value={w}>
              {w ? t('playback.days', { count: w, n: num(w) }) : t('playback.noWindow')}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={p.loop} onChange={(e) => p.set({ loop: e.target.checked })} />
        {t('playback.loop')}
      </label>
      {at && (
        <button
          type="button"
          className="btn btn-small"
          onClick={() => {
            p.set({ playing: false });
            setAt(null);
          }}
        >
          {t('playback.clear')}
        </button>
      )}
    </div>
  );
}
