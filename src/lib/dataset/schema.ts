import { z } from 'zod';
import { LAYOUTS } from '../import/detect';
import {
  datePrecisions,
  eventTypes,
  figureKeys,
  forces,
  governorateBy,
  importFormats,
  placePrecisions,
  ID_PATTERN,
  BIDI_CONTROLS,
  PROVINCE_CODE,
  SCHEMA_VERSION,
} from './vocabulary';
import {
  isCalendarDay,
  isDateOfAnyPrecision,
  isPartialDateShape,
  isPlausibleDate,
} from '../dates/partial-date';
import { checkText } from './check-reason';
import { MAX_TEXT } from './reason-figures';

export { eventTypes, figureKeys, forces, importFormats, placePrecisions, SCHEMA_VERSION };

// The app's Content-Security-Policy forbids eval, on the page and (served as deployed) in the
// worker. Zod would probe for it with `new Function` and set off a CSP violation report each
// time; without eval it validates by interpretation anyway (~25% slower on 100k events).
z.config({ jitless: true });

/** A date whose format is its precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const partialDateSchema = z
  .string()
  .refine(isPartialDateShape, { message: checkText('partialDate'), abort: true })
  // Reject calendar impossibilities such as 2021-02-30 that the pattern lets through.
  .refine((s) => s.length < 10 || isCalendarDay(s), { message: checkText('notCalendarDate'), abort: true })
  .refine(isPlausibleDate, checkText('implausibleDate'));

/**
 * An event's date at any precision Drawdown keeps: a partial date, an ISO week (`2020-W03`)
 * or a range `start/end` (UCDP's date_start–date_end, ACLED's week precision).
 */
export const eventDateSchema = z
  .string()
  .max(40)
  .check((ctx) => {
    const v = ctx.value;
    const message =
      v.includes('/') || v.includes('W')
        ? isDateOfAnyPrecision(v)
          ? null
          : checkText('weekOrRange')
        : !isPartialDateShape(v)
          ? checkText('partialDate')
          : v.length === 10 && !isCalendarDay(v)
            ? checkText('notCalendarDate')
            : null;
    if (message) ctx.issues.push({ code: 'custom', input: v, message, abort: true });
  })
  .refine(isPlausibleDate, checkText('implausibleDate'));

/**
 * A trimmed text of bounded length, at least `min` long, and for dataset prose without bidi
 * controls (quotes stay verbatim). One check instead of a chain of four: a 100,000-event
 * file has over 500,000 of these, and each zod check costs.
 */
const checkedText = (min: number, tooShort: string, noBidi: boolean) =>
  z.string().check((ctx) => {
    const input = ctx.value;
    const message =
      input.length > MAX_TEXT
        ? checkText('tooLong')
        : (ctx.value = input.trim()).length < min
          ? tooShort
          : noBidi && BIDI_CONTROLS.test(ctx.value)
            ? checkText('bidiControls')
            : null;
    if (message) ctx.issues.push({ code: 'custom', input, message });
  });
const text = (empty: string) => checkedText(1, empty, true);

export const bilingualSchema = z.object({
  en: text(checkText('englishEmpty')),
  ar: text(checkText('arabicEmpty')),
});

/** Only web links: no javascript:, data: or file: URLs reach an href. */
export const webUrlSchema = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      return ['http:', 'https:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, checkText('webLink'));

export const evidenceSchema = z.object({
  source: z.string().min(1).max(200),
  quote: checkedText(20, checkText('quoteShort'), false),
});

const idSchema = z.string().regex(ID_PATTERN, checkText('idPattern'));
const provinceCodeSchema = z.string().regex(PROVINCE_CODE, checkText('provinceCode'));
const evidenceListSchema = z.array(evidenceSchema).min(1, checkText('oneQuote'));
const count = z.number().finite().nonnegative();

export const figuresSchema = z.partialRecord(z.enum(figureKeys), count);
/** How a figure was stated: about (approx), more than (atLeast), up to (upTo). */
export const figureQualifiersSchema = z.partialRecord(
  z.enum(figureKeys),
  z.enum(['approx', 'atLeast', 'upTo']),
);

const inferredDate = {
  dateInferred: z.boolean(),
  /** Why an inferred date is what it is; required when dateInferred is true. */
  dateNote: bilingualSchema.optional(),
};

export const eventTypeSchema = z.enum(eventTypes);

export const sourceSchema = z.object({
  file: z.string().regex(/^[\w.-]+\.txt$/, checkText('sourceFile')),
  language: z.array(z.enum(['ar', 'en'])).min(1),
  outlet: bilingualSchema.optional(),
  author: bilingualSchema.optional(),
  published: z.object({ date: partialDateSchema, inferred: z.boolean(), note: bilingualSchema.optional() }),
  title: bilingualSchema,
  /** False when the document has no headline and the title describes it. */
  titleInDocument: z.boolean(),
  /** Where the original is published, when known. */
  url: webUrlSchema.optional(),
});

export const provinceSchema = z.object({ name: bilingualSchema });

export const factSchema = z.object({ text: bilingualSchema, evidence: evidenceListSchema });

export const baseSchema = z.object({
  id: idSchema,
  name: bilingualSchema,
  province: provinceCodeSchema,
  lat: z.number().finite().min(29).max(37.5),
  lon: z.number().finite().min(38.7).max(48.7),
  handover: z
    .object({
      date: partialDateSchema,
      inferred: z.boolean(),
      note: bilingualSchema.optional(),
      evidence: evidenceListSchema,
    })
    .optional(),
  facts: z.array(factSchema),
  evidence: evidenceListSchema,
});

/**
 * Where an imported row came from, kept with it: the file, the row, the source's own id,
 * category, date and place as given, fatality figures, and the source text verbatim.
 */
export const originSchema = z.object({
  format: z.enum(importFormats),
  file: z.string().min(1).max(300),
  row: z.number().int().nonnegative(),
  id: z.string().max(200),
  /** The source's own category ("Explosions/Remote violence › Shelling/artillery/missile attack"). */
  sourceType: z.object({ en: z.string().max(300), ar: z.string().max(300) }),
  /** The date as the file gives it, with the precision the source states. */
  dateGiven: z.string().max(300),
  datePrecision: z.enum(datePrecisions),
  place: z.object({
    text: z.string().max(2000),
    admin1: z.string().max(300),
    lat: z.number().finite().optional(),
    lon: z.number().finite().optional(),
    precision: z.enum(placePrecisions),
    /** How the governorate was found: from its name, or from the point in the boundaries. */
    governorateBy: z.enum(governorateBy),
  }),
  fatalities: z.object({ best: count, low: count.optional(), high: count.optional() }).optional(),
  /** The source's own words, verbatim: ACLED source and notes; UCDP article, headline, office, date. */
  sourceText: z.array(z.object({ label: z.string().max(60), text: z.string().max(MAX_TEXT) })).max(10),
});

export const eventSchema = z
  .object({
    id: idSchema,
    date: eventDateSchema,
    ...inferredDate,
    type: eventTypeSchema,
    province: provinceCodeSchema.optional(),
    base: idSchema.optional(),
    title: bilingualSchema,
    summary: bilingualSchema,
    figures: figuresSchema.optional(),
    figureQualifiers: figureQualifiersSchema.optional(),
    /** Curated events quote the source documents; imported rows carry their origin instead. */
    evidence: z.array(evidenceSchema),
    origin: originSchema.optional(),
  })
  .refine((e) => e.evidence.length > 0 || e.origin, {
    message: checkText('oneQuote'),
    path: ['evidence'],
  });

export const troopLevelSchema = z.object({
  id: idSchema,
  date: partialDateSchema,
  ...inferredDate,
  force: z.enum(forces),
  count: count,
  approximate: z.boolean(),
  /** upTo: an upper bound; announcedTarget: a planned level, not a head count. */
  qualifier: z.enum(['upTo', 'announcedTarget']).optional(),
  evidence: evidenceListSchema,
});

export const disputeSchema = z.object({
  id: idSchema,
  topic: bilingualSchema,
  records: z.array(idSchema).min(1),
  field: z.string().min(1),
  claims: z
    .array(z.object({ claim: bilingualSchema, evidence: evidenceSchema }))
    .min(2, checkText('twoClaims')),
  values: z.array(z.record(z.string(), z.number())).optional(),
});

export const periodClaimSchema = z.object({
  id: idSchema,
  from: partialDateSchema,
  to: partialDateSchema,
  base: idSchema.optional(),
  statement: bilingualSchema,
  figures: figuresSchema,
  figureQualifiers: figureQualifiersSchema.optional(),
  evidence: evidenceListSchema,
});

/** Key moments a dataset may name: the troop chart draws a line and a label for each. */
export const MAX_MOMENTS = 12;

/**
 * A key moment the troop chart marks: an event of the dataset, with a short label. `date` is
 * for an event the dataset does not hold: an import keeps the curated record's moments, with
 * their events' dates, for reference (see datedMoments). The record's own give none.
 */
export const momentSchema = z.object({
  event: idSchema,
  label: bilingualSchema,
  date: eventDateSchema.optional(),
});

export const datasetSchema = z.object({
  meta: z.object({
    title: bilingualSchema,
    version: z.string().min(1),
    schemaVersion: z.literal(SCHEMA_VERSION),
    asOf: partialDateSchema,
    coverage: z.object({ from: partialDateSchema, to: partialDateSchema }),
    focus: z.object({ from: partialDateSchema, to: partialDateSchema }).optional(),
    moments: z.array(momentSchema).max(MAX_MOMENTS).optional(),
    notes: z.array(bilingualSchema),
    /** Set on an exported file: which data, version and view it came from, and when. */
    export: z
      .object({
        title: z.string().max(500),
        version: z.string().max(200),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        exportedAt: z.string().max(40),
        link: z.string().max(5000),
        layers: z
          .array(
            z.object({
              name: z.string().max(300),
              source: z.string().max(300),
              kind: z.enum(['events', 'counts']),
            }),
          )
          .max(16)
          .optional(),
      })
      .optional(),
    /** Set when the dataset was made from another format's export: which file, which layout. */
    imported: z
      .object({
        file: z.string().max(300),
        format: z.enum(importFormats),
        layout: z.enum(LAYOUTS),
        columns: z.number().int().nonnegative(),
      })
      .optional(),
  }),
  sources: z.array(sourceSchema).min(1),
  provinces: z.record(provinceCodeSchema, provinceSchema),
  bases: z.array(baseSchema),
  events: z.array(eventSchema),
  troopLevels: z.array(troopLevelSchema),
  disputes: z.array(disputeSchema),
  periodClaims: z.array(periodClaimSchema).default([]),
});

/**
 * `meta` as the record checks read it: each moment is checked on its own, so that a bad one
 * is set aside and the file kept; their number is still held to MAX_MOMENTS.
 */
export const metaCheckSchema = datasetSchema.shape.meta.extend({
  moments: z.array(z.unknown()).max(MAX_MOMENTS).optional(),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Moment = z.infer<typeof momentSchema>;
/** A dataset but for its events: what the views hold, reading events from the index (EventList). */
export type DatasetInfo = Omit<Dataset, 'events'>;
export type Bilingual = z.infer<typeof bilingualSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Base = z.infer<typeof baseSchema>;
export type DrawdownEvent = z.infer<typeof eventSchema>;
export type EventType = z.infer<typeof eventTypeSchema>;
export type TroopLevel = z.infer<typeof troopLevelSchema>;
export type Force = TroopLevel['force'];
export type Dispute = z.infer<typeof disputeSchema>;
export type Figures = z.infer<typeof figuresSchema>;
export type FigureKey = (typeof figureKeys)[number];
export type PeriodClaim = z.infer<typeof periodClaimSchema>;
export type Origin = z.infer<typeof originSchema>;
export type PlacePrecision = (typeof placePrecisions)[number];
export type ImportFormat = (typeof importFormats)[number];
