import { describe, expect, it } from 'vitest';
import type { Problem } from '../lib/dataset/record-checks';
import { rejectedJson } from './rejected-json';

const write = (origin: string, rejected: Problem[]) => [...rejectedJson(origin, rejected, (p) => p)].join('');

describe('rejectedJson', () => {
  it('writes what JSON.stringify writes, record for record', () => {
    const rejected: Problem[] = Array.from({ length: 2_345 }, (_, k) => ({
      record: `row ${k + 2} "IRQ${k}"`,
      field: k % 2 ? 'country' : 'event_date',
      message: k % 3 ? `outside Iraq (country: Syria)` : 'not a date: "2019-13-45"\n\t\\ \u2067x\u2069 😀',
    }));
    expect(write('/data/a b.csv', rejected)).toBe(
      JSON.stringify({ origin: '/data/a b.csv', rejected }, null, 2),
    );
  });

  it('writes one record, and none', () => {
    const one = [{ record: 'events[4] "e5"', field: 'title.en', message: 'longer than 20000 characters' }];
    expect(write('x.json', one)).toBe(JSON.stringify({ origin: 'x.json', rejected: one }, null, 2));
    expect(write('x.json', [])).toBe(JSON.stringify({ origin: 'x.json', rejected: [] }, null, 2));
  });

  it('writes a long list in pieces of a thousand records', () => {
    const rejected = Array.from({ length: 3_500 }, (_, k) => ({
      record: `row ${k}`,
      field: 'f',
      message: 'm',
    }));
    // The opening, four pieces of records, the close.
    expect([...rejectedJson('o', rejected, (p) => p)]).toHaveLength(6);
  });
});
