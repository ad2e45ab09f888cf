import './notes.css';
import { useTranslation } from 'react-i18next';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { encodeNotes, MAX_LINK_NOTES, MAX_NOTE, MAX_NOTES, type Note } from '../../lib/notes';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { ViewSection } from '../../components/view-section';
import { DateField } from '../../components/date-field';
import { useNotesStorage } from './use-notes-storage';
import { BLANK_DRAFT, useNoteDraft } from './draft-store';

/** The analyst's notes: add, edit, remove; each pinned to a date or range, a governorate or base. */
export function NotesPanel() {
  const { t } = useTranslation();
  const { data } = useLoadedDataset();
  const { text: pick, date, num } = useLocale();
  const notes = useViewStore((s) => s.notes);
  const setNotes = useViewStore((s) => s.setNotes);
  const { draft, editing, set } = useNoteDraft();
  const setDraft = (d: typeof draft) => set({ draft: d });
  useNotesStorage();

  const valid = draft.from && draft.text.trim() && (!draft.to || draft.to >= draft.from);
  const save = () => {
    if (!valid) return;
    const note: Note = {
      id: editing ?? `n${Date.now().toString(36)}`,
      from: draft.from!,
      to: draft.to,
      text: draft.text.trim().slice(0, MAX_NOTE),
      province: draft.province || null,
      base: draft.base || null,
    };
    setNotes(
      editing ? notes.map((n) => (n.id === editing ? note : n)) : [...notes, note].slice(0, MAX_NOTES),
    );
    set({ draft: BLANK_DRAFT, editing: null });
  };
  const inLink = encodeNotes(notes).length <= MAX_LINK_NOTES;

  return (
    <ViewSection title={t('notes.title')} className="notes-view">
      <form
        className="note-form no-export"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <DateField
          label={t('notes.from')}
          value={draft.from}
          onChange={(v) => setDraft({ ...draft, from: v })}
        />
        <DateField
          label={t('notes.to')}
          value={draft.to}
          min={draft.from}
          onChange={(v) => setDraft({ ...draft, to: v })}
        />
        <label>
          {t('notes.governorate')}{' '}
          <select value={draft.province} onChange={(e) => setDraft({ ...draft, province: e.target.value })}>
            <option value="">{t('notes.none')}</option>
            {Object.entries(data.provinces).map(([code, p]) => (
              <option key={code} value={code}>
                {pick(p.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('notes.base')}{' '}
          <select value={draft.base} onChange={(e) => setDraft({ ...draft, base: e.target.value })}>
            <option value="">{t('notes.none')}</option>
            {data.bases.map((b) => (
              <option key={b.id} value={b.id}>
                {pick(b.name)}
              </option>
            ))}
          </select>
        </label>
        <label className="note-text">
          {t('notes.text')}{' '}
          <input
            type="text"
            dir="auto"
            maxLength={MAX_NOTE}
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
          />
        </label>
        <button type="submit" className="btn btn-small" disabled={!valid}>
          {editing ? t('notes.update') : t('notes.add')}
        </button>
      </form>
      {notes.length === 0 ? (
        <p className="hint">{t('notes.empty')}</p>
      ) : (
        <ol className="notes-list">
          {notes.map((n, k) => (
            <li key={n.id}>
              <span className="note-number">{num(k + 1)}</span>{' '}
              <span className="muted">
                {n.to ? `${date(n.from)} – ${date(n.to)}` : date(n.from)}
                {n.province && data.provinces[n.province]
                  ? `${t('app.sep')}${pick(data.provinces[n.province]!.name)}`
                  : ''}
              </span>{' '}
              <bdi className="note-body">{n.text}</bdi>{' '}
              <span className="no-export">
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => {
                    set({
                      editing: n.id,
                      draft: {
                        from: n.from,
                        to: n.to,
                        text: n.text,
                        province: n.province ?? '',
                        base: n.base ?? '',
                      },
                    });
                  }}
                >
                  {t('notes.edit')}
                </button>{' '}
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => setNotes(notes.filter((x) => x.id !== n.id))}
                >
                  {t('notes.remove')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {notes.length > 0 && <p className="hint">{t(inLink ? 'notes.inLink' : 'notes.tooLong')}</p>}
    </ViewSection>
  );
}
