import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { datasetSchema } from '../src/lib/dataset/schema';
import { runDataCheck } from './data-check-lib';
import { synthesize } from './synth-lib';

const base = datasetSchema.parse(JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')));
const sources = Object.fromEntries(
  readdirSync('data/sources').map((f) => [f, readFileSync(`data/sources/${f}`, 'utf8')]),
);

describe('synthetic datasets', () => {
  it('are valid, verbatim-quoting, and the size asked for', () => {
    const d = synthesize(base, 2000, 7);
    expect(d.events).toHaveLength(2000);
    expect(datasetSchema.safeParse(d).success).toBe(true);
    expect(runDataCheck(JSON.stringify(d), sources).problems).toEqual([]);
  });

  it('are the same for the same seed and differ for another', () => {
    expect(JSON.stringify(synthesize(base, 500, 3))).toBe(JSON.stringify(synthesize(base, 500, 3)));
    expect(JSON.stringify(synthesize(base, 500, 3))).not.toBe(JSON.stringify(synthesize(base, 500, 4)));
  });

  it('spread over governorates, types and years', () => {
    const d = synthesize(base, 5000, 1);
    expect(new Set(d.events.map((e) => e.province).filter(Boolean)).size).toBe(18);
    expect(new Set(d.events.map((e) => e.type)).size).toBe(7);
    const years = new Set(d.events.map((e) => e.date.slice(0, 4)));
    for (let y = 2014; y <= 2021; y++) expect(years.has(String(y))).toBe(true);
  });
});
