/**
 * Parquet in: an ACLED export written as Parquet (by hyparquet-writer, here) opens like its
 * CSV, from a file and from a link, with counts checked against papaparse's reading of the CSV.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parquetWriteBuffer } from 'hyparquet-writer';

const rows = Papa.parse<Record<string, string>>(
  readFileSync('tests/fixtures/import/acled-iraq-2022.csv', 'utf8').replace(/^\uFEFF/, ''),
  { header: true, skipEmptyLines: true },
).data.filter((r) => !r.event_id_cnty!.startsWith('#'));
const numeric = new Set(['latitude', 'longitude', 'time_precision', 'geo_precision', 'fatalities']);
const parquet = Buffer.from(
  parquetWriteBuffer({
    columnData: Object.keys(rows[0]!).map((n) =>
      numeric.has(n)
        ? { name: n, type: 'DOUBLE' as const, nullable: true, data: rows.map((r) => Number(r[n])) }
        : { name: n, type: 'STRING' as const, data: rows.map((r) => r[n] ?? '') },
    ),
  }),
);
// Rows in Iraq whose date is a real day: what the import keeps.
const kept = rows.filter((r) => r.country === 'Iraq' && !Number.isNaN(Date.parse(r.event_date!))).length;
const count = (page: Page) => page.getByRole('status').filter({ hasText: /of [\d,]+ events?$/ });

test('an ACLED export in Parquet opens from a file and from a link, as its CSV does', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  await page.locator('input[type=file]').setInputFiles({
    name: 'acled-iraq.parquet',
    mimeType: 'application/vnd.apache.parquet',
    buffer: parquet,
  });
  await expect(page.getByText(/acled-iraq\.parquet.: ACLED export/)).toBeVisible();
  await expect(count(page)).toHaveText(`${kept} of ${kept} events`);

  await page.route(
    (u) => u.pathname === '/data/acled.parquet',
    (r) => r.fulfill({ body: parquet, contentType: 'application/vnd.apache.parquet' }),
  );
  await page.goto('/?lang=en&layer=/data/acled.parquet');
  const row = page
    .locator('.layer-list li')
    .filter({ has: page.locator('input[value="/data/acled.parquet"]') });
  await expect(row).toContainText(`${kept} events shown`);
});
