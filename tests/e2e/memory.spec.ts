/** Memory an analyst cannot see until the tab dies: a file opened in another's place, a layer removed. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { synthesize, synthesizeCsv } from '../../scripts/synth-lib';
import { datasetSchema } from '../../src/lib/dataset/schema';
import { LET_GO_MS } from '../../src/lib/dataset/let-go';

const N = 60_000;
const curated = datasetSchema.parse(JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')));
const big = Buffer.from(JSON.stringify(synthesize(curated, N, 5)));
/** An ACLED export: its events are marked along the troop chart's time axis, as JSON's are not. */
const bigCsv = Buffer.from(synthesizeCsv('acled', curated, N, 5));

/** The page's JavaScript heap after a full collection, typed arrays' memory included, in MB. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const use = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return (use.usedSize + (use.backingStorageSize ?? 0)) / 2 ** 20;
}

const count = (page: Page) => page.locator('output.count');
const openOnItsOwn = (page: Page) => page.getByLabel('Open on its own…');

test('a file opened in place of a large one lets the large one go', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  const bundled = await heapMb(page);

  await openOnItsOwn(page).setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
  await expect(count(page)).toHaveText(`${N.toLocaleString('en')} of ${N.toLocaleString('en')} events`, {
    timeout: 60_000,
  });
  const withBig = await heapMb(page);
  // The large file's share of the page: tens of megabytes, or the comparison below says nothing.
  expect(withBig - bundled).toBeGreaterThan(20);

  const small = 'acled-iraq-2022.csv';
  await openOnItsOwn(page).setInputFiles(`tests/fixtures/import/${small}`);
  await expect(page.getByRole('heading', { level: 1, name: small })).toBeVisible();
  await expect(count(page)).toHaveText(/^[\d,]+ of [\d,]+ events$/);
  // Nothing shows the large file now: the query cache lets it go after LET_GO_MS.
  await page.waitForTimeout(LET_GO_MS + 2000);
  const after = await heapMb(page);
  // Before, every view's previous render still held the large file: the heap stayed where it was.
  expect(after - bundled).toBeLessThan((withBig - bundled) / 4);
});

test('a large layer removed is let go', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  const bundled = await heapMb(page);

  await page.locator('.open-menu summary').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add as a layer…' }).click();
  await (await chooser).setFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bigCsv });
  const row = page.locator('.layer-list li').filter({ has: page.locator('input[value="big.csv"]') });
  await expect(row).toContainText(/\d\d,\d{3} events shown/, { timeout: 60_000 });
  const withBig = await heapMb(page);
  expect(withBig - bundled).toBeGreaterThan(20);

  await page.getByRole('button', { name: 'Remove big.csv' }).click();
  await expect(row).toHaveCount(0);
  await page.waitForTimeout(LET_GO_MS + 2000);
  const after = await heapMb(page);
  // Before, the views' previous renders (and the troop chart's tick labels) kept the layer.
  expect(after - bundled).toBeLessThan((withBig - bundled) / 4);
});

test('a note being written stays when another file opens', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  const note = page.getByRole('textbox', { name: 'Note' });
  await note.fill('Heet: two reports disagree on the date');
  const small = 'acled-iraq-2022.csv';
  await openOnItsOwn(page).setInputFiles(`tests/fixtures/import/${small}`);
  await expect(page.getByRole('heading', { level: 1, name: small })).toBeVisible();
  await expect(count(page)).toHaveText(/^[\d,]+ of [\d,]+ events$/);
  await expect(note).toHaveValue('Heet: two reports disagree on the date');
});
