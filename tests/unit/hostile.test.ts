import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DatasetError } from '../../src/lib/dataset/errors';
import { parseText as parseDataset } from '../../src/lib/dataset/parse-core';

const load = (name: string) => parseDataset(readFileSync(`tests/fixtures/${name}`, 'utf8'), name);
const refusal = (name: string) => {
  try {
    load(name);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as DatasetError).detail;
  }
  throw new Error(`${name} loaded`);
};
const reasons = (name: string) => load(name).rejected.map((r) => `${r.record} | ${r.field} | ${r.message}`);
const total = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')).events.length as number;

describe('hostile datasets', () => {
  it('script tags and event handlers load as plain text', () => {
    const { data, rejected } = load('script-tags.json');
    expect(rejected).toEqual([]);
    expect(data.events[0]!.title.en).toBe('<script>window.__pwned=1</script>US invasion of Iraq');
  });

  it('a javascript: link is set aside with its source; an https link stays', () => {
    const { data } = load('javascript-url.json');
    expect(reasons('javascript-url.json')).toEqual([
      'sources[5] | url | only http: and https: links are allowed',
    ]);
    expect(data.sources[1]!.url).toBe('https://example.org/article');
    expect(data.events).toHaveLength(total);
  });

  it('bidi control characters set the record aside', () => {
    expect(reasons('bidi-controls.json')).toEqual([
      expect.stringMatching(/^events\[2\] "2014-qaim-falls" \| title\.en \| contains bidirectional control/),
      expect.stringMatching(
        /^events\[3\] "2014-06-iraq-requests-support" \| summary\.ar \| contains bidirectional/,
      ),
    ]);
  });

  it('deep nesting: an unknown deep field is dropped, a deep title sets its record aside', () => {
    const { data } = load('deep-nesting.json');
    expect(reasons('deep-nesting.json')).toEqual([
      expect.stringMatching(/^events\[1\] "2011-us-leaves" \| title \|/),
    ]);
    expect(data.events[0]).not.toHaveProperty('extra');
  });

  it('a duplicate id keeps the first record and sets the second aside', () => {
    expect(reasons('duplicate-ids.json')).toEqual([
      `events[${total}] "2017-11-qaim-retaken" | id | duplicate id 2017-11-qaim-retaken`,
    ]);
  });

  it('dangling references are set aside, each with its reason', () => {
    expect(reasons('dangling-refs.json')).toEqual([
      expect.stringMatching(/events\[8\] .* \| base \| unknown base camp-nowhere/),
      expect.stringMatching(/events\[9\] .* \| province \| unknown governorate IQ-ZZ/),
      expect.stringMatching(/events\[10\] .* \| evidence \| cites unknown source missing.txt/),
      expect.stringMatching(/disputes\[6\] "d-dangling" \| records \| names no record that loaded/),
    ]);
  });

  it('impossible dates are set aside', () => {
    expect(reasons('bad-dates.json')).toEqual([
      expect.stringMatching(/events\[11\] .* \| date \| expected YYYY, YYYY-MM or YYYY-MM-DD/),
      expect.stringMatching(/events\[12\] .* \| date \| not a calendar date/),
      expect.stringMatching(/events\[13\] .* \| date \| expected YYYY/),
      // The dispute over the Taji attacks named only the event set aside above.
      'disputes[2] "d-taji-march-casualties" | records | names no record that loaded',
    ]);
  });

  it('a base outside Iraq is set aside, and so are the events at it', () => {
    const r = reasons('coords-outside.json');
    expect(r[0]).toMatch(/^bases\[1\] "habbaniyah" \| lat \|/);
    expect(r.slice(1).every((x) => /unknown base habbaniyah/.test(x))).toBe(true);
    expect(r).toHaveLength(2);
  });

  it('Infinity and "NaN" counts are set aside; a bare NaN is not JSON', () => {
    expect(reasons('infinity.json')).toHaveLength(3);
    expect(reasons('infinity.json').every((x) => / \| count \| /.test(x))).toBe(true);
    expect(refusal('nan-literal.json')).toMatch(/JSON/);
  });

  it('__proto__ keys pollute nothing', () => {
    const { data } = load('proto-keys.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(data.events).toHaveLength(total);
    expect(reasons('proto-keys.json')).toEqual(['provinces.__proto__ | (key) | not an ISO 3166-2:IQ code']);
  });

  it('a 10 MB string sets its record aside', () => {
    const d = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8'));
    d.events[4].summary.en = 'x'.repeat(10 * 1024 * 1024);
    const { rejected, data } = parseDataset(JSON.stringify(d), 'huge.json');
    expect(rejected).toEqual([
      expect.objectContaining({ field: 'summary.en', message: 'longer than 20000 characters' }),
    ]);
    expect(data.events).toHaveLength(total - 1);
  });

  it('files that are not a Drawdown dataset are refused as a whole, with the reason', () => {
    expect(refusal('not-json.json')).toMatch(/not valid JSON|Unexpected token/);
    expect(refusal('not-object.json')).toBe('the file is not a JSON object');
    expect(refusal('wrong-version.json')).toBe('unknown schema version 99 (expected 1)');
  });
});
