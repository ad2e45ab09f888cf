/** A large dataset, as an analyst exports it: progress, a way to stop, and every row. */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { synthesize, synthesizeCsv } from '../../scripts/synth-lib';
import { datasetSchema } from '../../src/lib/dataset/schema';
import { menuPrint } from './helpers';

const N = 60_000;
const big = JSON.stringify(
  synthesize(datasetSchema.parse(JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8'))), N, 5),
);
const events = (JSON.parse(big) as { events: { province?: string }[] }).events;

/** Serves the large dataset at /data/big.json. */
const serveBig = (page: Page) =>
  page.route(
    (u) => u.pathname === '/data/big.json',
    (r) => r.fulfill({ body: big, contentType: 'application/json' }),
  );

async function open(page: Page) {
  await serveBig(page);
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

test("a large file's print says its stamp has no hash yet; Print briefing waits for the hash", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await open(page);
  // Too large to hash ahead (seconds, beside the analyst's work): the menu's print, in the
  // task that announces it, says so rather than print no stamp. Polled until the caption's
  // code is at hand (fetched once the page is idle).
  await expect
    .poll(async () => (await menuPrint(page)).stamp, { timeout: 15_000 })
    .toMatch(/^Stamp: .+, version .+, SHA-256 not yet worked out, printed .+, view .+big\.json/);
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { stamp: string }).stamp =
        document.querySelector('.print-caption .export-stamp')?.textContent ?? '';
    };
  });
  await page.getByRole('button', { name: 'Print briefing' }).click();
  const stamp = await page.waitForFunction(() => (window as unknown as { stamp?: string }).stamp, null, {
    timeout: 60_000,
  });
  // The file's own SHA-256, worked out here from the bytes served.
  expect(await stamp.jsonValue()).toContain(createHash('sha256').update(big).digest('hex'));
});

/**
 * A 66 MB ACLED export of 210,000 rows, written once for the tests that open it; saved again
 * from a spreadsheet in London, so its dates are written day first (`08/10/2019`), and every
 * part must read them so.
 */
let bigFile: { text: string; path: string } | null = null;
function bigCsv() {
  if (bigFile) return bigFile;
  const base = datasetSchema.parse(JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')));
  const text = synthesizeCsv('acled', base, 210_000, 7).replace(
    /^([^,\n]*),(\d{4})-(\d{2})-(\d{2}),/gm,
    '$1,$4/$3/$2,',
  );
  const path = join(mkdtempSync(join(tmpdir(), 'drawdown-')), 'acled-210k.csv');
  writeFileSync(path, text);
  return (bigFile = { text, path });
}

test('an export over 64 MB is read in parts: every row counted, numbered and searchable as in the file', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { text, path } = bigCsv();
  // Past the size from which a CSV is read in parts (see parse.worker.ts).
  expect(statSync(path).size).toBeGreaterThan(64 * 1024 * 1024);
  // Counted here with papaparse alone: rows, and those in Iraq.
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  const iraq = rows.filter((r) => r.country === 'Iraq').length;
  const fmt = (n: number) => n.toLocaleString('en');

  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(
    page.getByText(
      `${fmt(rows.length)} rows read, ${fmt(iraq)} events shown, ${fmt(rows.length - iraq)} set aside (${fmt(rows.length - iraq)} outside Iraq)`,
      { exact: false },
    ),
  ).toBeVisible({ timeout: 120_000 });
  const shown = page.getByRole('status').filter({ hasText: /of [\d,]+ events?$/ });
  await expect(shown).toHaveText(`${fmt(iraq)} of ${fmt(iraq)} events`);
  await expect(page.getByText(/Dates written as numbers are read day first, as .+ shows\./)).toBeVisible();

  // A row from late in the file, read by another part than the first: its provenance names
  // its row in the file (the header being row 1).
  const i = rows.findLastIndex((r) => r.country === 'Iraq');
  await page.getByRole('searchbox', { name: 'Search' }).fill(`Synthetic row ${i} for`);
  await expect(shown).toHaveText(`1 of ${fmt(iraq)} events`);
  // (An imported event's title: its category – its place.)
  await page
    .getByRole('region', { name: 'Events', exact: true })
    .getByRole('button', { name: / – / })
    .click();
  const detail = page.getByRole('region', { name: 'Event details' });
  await expect(detail).toContainText(`acled-210k.csv\u2069, row ${fmt(i + 2)} (ACLED)`);
  await expect(detail).toContainText(rows[i]!.event_id_cnty!);

  // Every row set aside is in the list, in the file's order: the worker sends it in slices
  // (more than one here), after the parts have each set their own rows aside.
  const outside = rows.flatMap((r, k) => (r.country === 'Iraq' ? [] : [k + 2]));
  expect(outside.length).toBeGreaterThan(5_000);
  await page.getByText(`${fmt(outside.length)} rows set aside`).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the list' }).click(),
  ]);
  const list = JSON.parse(readFileSync(await download.path(), 'utf8')) as { rejected: { record: string }[] };
  expect(list.rejected.map((p) => Number(/^row (\d+) /.exec(p.record)?.[1]))).toEqual(outside);
});

test('a file chosen while another is still being read is the one shown: the first is stopped', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { path } = bigCsv();
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  const first = page.waitForEvent('worker');
  await page.locator('input[type=file]').setInputFiles(path);
  const worker = await first;
  const closed = worker.waitForEvent('close', { timeout: 60_000 });
  // The small export, chosen while the large one is read (it takes seconds).
  await page.locator('input[type=file]').setInputFiles('tests/fixtures/import/acled-iraq-2022.csv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('acled-iraq-2022.csv');
  // Stopped, not finished: had it run on, it would have replaced the file chosen after it.
  await closed;
  await page.waitForTimeout(1_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('acled-iraq-2022.csv');
  await expect(page.getByText(/acled-210k/)).toHaveCount(0);
});

test('a large layer counts the events it has checked while it loads, on its own line', async ({ page }) => {
  test.setTimeout(120_000);
  await serveBig(page);
  await page.goto('/?lang=en&layer=/data/big.json');
  const line = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /Remove .*big\.json/ }) });
  await expect(line).toContainText(/Loading… [\d,]+ events checked/, { timeout: 60_000 });
  // The curated record on screen has no count of its own going: its line says what it shows.
  const curated = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name: /Curated record/ }) });
  await expect(curated).toContainText('35 events shown');
  await expect(line).toContainText(`${N.toLocaleString('en')} events shown`, { timeout: 60_000 });
});
