import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { readFileSync, readdirSync } from 'node:fs';
import { datasetSchema } from '../src/lib/dataset/schema';
import { runDataCheck } from './data-check-lib';
import { synthesize, synthesizeCsv, synthesizeParquet, synthesizeWeekly } from './synth-lib';
import { importParquet } from '../src/lib/import/import-parquet';
import { importAnyCsv, importCsv } from '../src/lib/import/import-csv';
import { totalEvents, filterCounts } from '../src/lib/dataset/counts';
import type { Governorates } from '../src/lib/import/governorates';

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

  it.each(['acled', 'ucdp'] as const)(
    'write %s exports that import row for row, the same for a seed',
    (format) => {
      const csv = synthesizeCsv(format, base, 2000, 3);
      expect(synthesizeCsv(format, base, 2000, 3)).toBe(csv);
      expect(synthesizeCsv(format, base, 2000, 4)).not.toBe(csv);
      const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
      const r = importCsv(csv, { file: `synth.${format}.csv`, geo, reference: base });
      expect(r.rows).toBe(2000);
      // Every row is either shown or set aside as outside Iraq: none is unreadable.
      expect(r.data.events.length + r.outsideIraq).toBe(2000);
      expect(r.rejected).toHaveLength(r.outsideIraq);
      // Every spelling of every governorate is recognised by name.
      const unnamed = r.data.events.filter(
        (e) => e.origin!.place.admin1 && e.origin!.place.governorateBy !== 'name',
      );
      expect(unnamed).toEqual([]);
    },
  );

  it('writes a regional export: the share of rows outside Iraq asked for, each set aside', () => {
    const csv = synthesizeCsv('acled', base, 4000, 2, 0.8);
    // Counted from the text: the country column of each row.
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const abroad = rows.filter((r) => r.country !== 'Iraq').length;
    expect(abroad / 4000).toBeGreaterThan(0.77);
    expect(abroad / 4000).toBeLessThan(0.83);
    const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
    const r = importCsv(csv, { file: 'regional.csv', geo, reference: base });
    expect(r.outsideIraq).toBe(abroad);
    expect(r.data.events).toHaveLength(4000 - abroad);
  });

  it('writes ACLED weekly aggregates that read back as counts, row for row', () => {
    const csv = synthesizeWeekly(base, 3000, 5);
    expect(synthesizeWeekly(base, 3000, 5)).toBe(csv);
    const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
    const r = importAnyCsv(csv, { file: 'w.csv', geo, reference: base });
    if (r.kind !== 'counts') throw new Error('not read as counts');
    expect(r.rejected).toEqual([]);
    expect(r.counts.week).toHaveLength(3000);
    // The sum of the EVENTS column, read independently.
    const sum = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .reduce((n, line) => n + Number(line.split(',')[6]), 0);
    const all = { from: null, to: null, provinces: [], types: [], bases: [], text: '' };
    expect(totalEvents(r.counts, filterCounts(r.counts, all))).toBe(sum);
  });

  it('writes the same export as Parquet, which reads into the same events as its CSV', async () => {
    const geo = JSON.parse(readFileSync('public/geo/iraq-governorates.geojson', 'utf8')) as Governorates;
    const o = { file: 'synth', geo, reference: base };
    const csv = importCsv(synthesizeCsv('ucdp', base, 1500, 9), o);
    const pq = await importParquet(synthesizeParquet('ucdp', base, 1500, 9), o);
    const view = (r: typeof csv) => r.data.events.map((e) => [e.id, e.date, e.province, e.type, e.base]);
    expect(view(pq)).toEqual(view(csv));
    expect(pq.outsideIraq).toBe(csv.outsideIraq);
  });
});
