// Plain values shared by the schema and the UI. Kept free of zod so the main bundle can use
// them while validation runs in a worker.

export const eventTypes = [
  'attack',
  'strike',
  'handover',
  'political',
  'dialogue',
  'troops',
  'operation',
] as const;

export const figureKeys = [
  'attacks',
  'rockets',
  'killed',
  'wounded',
  'troops',
  'valueUsd',
  'ammunitionRounds',
  'shipments',
  'vehicles',
  'bases',
] as const;

export const forces = ['us', 'coalition-other', 'coalition-total', 'foreign-total'] as const;

export const SCHEMA_VERSION = 1;

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether `s` has the shape of a partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const isPartialDateShape = (s: string) => PARTIAL_DATE.test(s);

/** Whether a `YYYY-MM-DD` string is a real calendar day (rejects 2021-02-30). */
export function isCalendarDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A valid partial date: the right shape and, for a full date, a real day. */
export const isPartialDate = (s: string) => isPartialDateShape(s) && (s.length < 10 || isCalendarDay(s));
