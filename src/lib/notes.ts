/**
 * Analyst notes: a short text pinned to a day or a range of days, optionally to a governorate
 * or a base. The analyst's own words, shown as written (text, never markup). Kept in this
 * browser for each dataset, and carried in the link while they are short.
 */
import { isCalendarDay, isPlausibleDate } from './dates/partial-date';
import { isId, isProvinceCode } from './dataset/vocabulary';

export interface Note {
  id: string;
  from: string;
  to: string | null;
  text: string;
  province: string | null;
  base: string | null;
}

export const MAX_NOTE = 280;
export const MAX_NOTES = 50;
/** Links longer than this are refused by some mail and chat tools: longer notes stay local. */
export const MAX_LINK_NOTES = 1500;

const day = (s: unknown): s is string => typeof s === 'string' && isCalendarDay(s) && isPlausibleDate(s);

/** A note read from a link or storage, or null when any part of it is not what a note is. */
export function toNote(v: unknown): Note | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  const text = typeof o.text === 'string' ? o.text.trim() : '';
  if (!text || text.length > MAX_NOTE || typeof o.id !== 'string' || !isId(o.id, 40) || !day(o.from))
    return null;
  if (o.to != null && (!day(o.to) || o.to < o.from)) return null;
  if (o.province != null && !(typeof o.province === 'string' && isProvinceCode(o.province))) return null;
  if (o.base != null && !(typeof o.base === 'string' && isId(o.base, 81))) return null;
  return {
    id: o.id,
    from: o.from,
    to: (o.to as string | null | undefined) ?? null,
    text,
    province: (o.province as string | null | undefined) ?? null,
    base: (o.base as string | null | undefined) ?? null,
  };
}

export function toNotes(v: unknown): Note[] | null {
  if (!Array.isArray(v) || v.length > MAX_NOTES) return null;
  const notes = v.map(toNote);
  return notes.every((n) => n !== null) ? (notes as Note[]) : null;
}

/** base64url of the notes' UTF-8 JSON: Arabic text survives any link. */
export function encodeNotes(notes: readonly Note[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(notes));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeNotes(s: string): Note[] | undefined {
  if (s.length > MAX_LINK_NOTES * 2 || !/^[A-Za-z0-9_-]*$/.test(s)) return undefined;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(bin, (c) => c.charCodeAt(0)),
    );
    return toNotes(JSON.parse(json)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Where a dataset's notes are kept in this browser. */
export const notesKey = (dataset: { title: string; version: string }) =>
  `drawdown.notes.${dataset.title}.${dataset.version}`;
