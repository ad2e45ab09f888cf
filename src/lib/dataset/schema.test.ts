import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bilingualSchema, datasetSchema, evidenceSchema, partialDateSchema } from './schema';
import { checkRecords, FatalDatasetError, type Problem } from './record-checks';

/** What the record checks find in a dataset: set-aside records, or why the file is refused. */
function problemsIn(data: unknown): Problem[] {
  try {
    return checkRecords(data).rejected;
  } catch (e) {
    if (e instanceof FatalDatasetError) return [e.problem];
    throw e;
  }
}

const bundled = () => JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8'));

describe('dataset schema', () => {
  it('accepts the bundled dataset', () => {
    expect(datasetSchema.safeParse(bundled()).success).toBe(true);
  });

  it.each(['2020', '2020-03', '2020-02-29', '2000-02-29', '2021-12-31', '2021-04-30'])(
    'accepts the partial date %s',
    (d) => {
      expect(partialDateSchema.safeParse(d).success).toBe(true);
    },
  );

  it.each([
    '2020-13',
    '2020-13-45',
    '2021-02-29',
    '1900-02-29',
    '2021-04-31',
    '2021-06-00',
    '20-03-01',
    '2020-3',
    '',
    '2020-03-01T00:00',
  ])('rejects the date %j', (d) => {
    expect(partialDateSchema.safeParse(d).success).toBe(false);
  });

  it('names the record by index and id and the field when an event is bad', () => {
    const data = bundled();
    data.events[5].type = 'picnic';
    data.events[6].title.ar = '  ';
    const r = datasetSchema.safeParse(data);
    expect(r.success).toBe(false);
    const problems = problemsIn(data);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ record: `events[5] "${data.events[5].id}"`, field: 'type' }),
        expect.objectContaining({ record: `events[6] "${data.events[6].id}"`, field: 'title.ar' }),
      ]),
    );
  });

  it('trims texts, and refuses blank ones, over-long ones and bidi controls', () => {
    expect(bilingualSchema.parse({ en: '  Taji ', ar: ' التاجي\n' })).toEqual({ en: 'Taji', ar: 'التاجي' });
    const reason = (en: string) => bilingualSchema.safeParse({ en, ar: 'x' }).error?.issues[0]?.message;
    expect(reason(' \t ')).toBe('English text is empty');
    expect(reason('x'.repeat(20_001))).toBe('longer than 20000 characters');
    expect(reason('abc\u202Edef')).toMatch(/^contains bidirectional control characters/);
  });

  it('keeps a quote verbatim but trimmed, and refuses one too short to stand alone', () => {
    const quote = ' \u2067«عين الأسد» قاعدة جوية في الأنبار\u2069 ';
    expect(evidenceSchema.parse({ source: 'a.txt', quote }).quote).toBe(quote.trim());
    expect(evidenceSchema.safeParse({ source: 'a.txt', quote: '  short  ' }).error?.issues[0]?.message).toBe(
      'quote too short to stand alone',
    );
  });

  it('rejects evidence without a quote and bases outside Iraq', () => {
    const data = bundled();
    data.bases[0].evidence = [];
    data.bases[1].lat = 51.5;
    const fields = problemsIn(data).map((p) => `${p.record}|${p.field}`);
    expect(fields).toContain('bases[0] "ain-al-asad"|evidence');
    expect(fields).toContain('bases[1] "habbaniyah"|lat');
  });

  it('rejects an unknown schema version', () => {
    const data = bundled();
    data.meta.schemaVersion = 2;
    expect(problemsIn(data)).toEqual([expect.objectContaining({ record: 'meta', field: 'schemaVersion' })]);
  });
});
