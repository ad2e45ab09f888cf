/** A large dataset, as an analyst exports it: progress, a way to stop, and every row. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { synthesize } from '../../scripts/synth-lib';
import { datasetSchema } from '../../src/lib/dataset/schema';

const N = 60_000;
const big = JSON.stringify(
  synthesize(datasetSchema.parse(JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8'))), N, 5),
);
const events = (JSON.parse(big) as { events: { province?: string }[] }).events;

async function open(page: Page) {
  await page.route(
    (u) => u.pathname === '/data/big.json',
    (r) => r.fulfill({ body: big, contentType: 'application/json' }),
  );
  await page.goto('/?lang=en&data=/data/big.json');
  await expect(page.locator('.events-table tbody tr').first()).toBeVisible({ timeout: 60_000 });
  await page.getByText('Briefing', { exact: true }).click();
}

test('a large CSV export shows its progress and writes every filtered row', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    (async () => {
      await page.getByRole('button', { name: 'Export CSV' }).click();
      // The status names the file and counts rows written of the total, with a bar.
      await expect(
        page.getByRole('status').filter({ hasText: /Writing .+\.csv\u2069?: [\d,]+ of 60,000 rows/ }),
      ).toBeVisible();
      await expect(page.getByRole('progressbar')).toBeVisible();
    })(),
  ]);
  await expect(page.getByRole('status').filter({ hasText: /^Saved .+\.csv\u2069?\.$/ })).toBeVisible();
  const rows = Papa.parse<Record<string, string>>(readFileSync(await download.path(), 'utf8').slice(1), {
    header: true,
    skipEmptyLines: true,
  }).data;
  // Counted from the file served, not by the app: one row per event.
  expect(rows).toHaveLength(events.length);
  expect(new Set(rows.map((r) => r.id)).size).toBe(N);
});

test('a large export can be cancelled, and the page answers while it runs', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Export JSON' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  // The language switch works mid-export: the status follows it into Arabic.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.getByRole('status').filter({ hasText: /جارٍ كتابة/ })).toBeVisible();
  await page.getByRole('button', { name: 'إلغاء' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'أُلغي التصدير.' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(downloaded).toBe(false);
});
