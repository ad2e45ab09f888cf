/** Hardening, round 2, where an analyst would see it. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { shot } from './helpers';

const bundled = () => JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8'));
const serve = (page: Page, path: string, body: unknown) =>
  page.route(
    (u) => u.pathname === path,
    (r) => r.fulfill({ body: JSON.stringify(body), contentType: 'application/json' }),
  );
const iso = (name: string) => `\u2068${name}\u2069`;

test('CSV export writes formula-like titles as text, not formulas', async ({ page }) => {
  const d = bundled();
  const attacks = ['=HYPERLINK("http://x","y")', '@SUM(1+1)', '+1+1', "-1+cmd|' /C calc'!A0"];
  attacks.forEach((en, i) => (d.events[i].title = { en, ar: en }));
  await serve(page, '/data/formulas.json', d);
  await page.goto('/?lang=en&data=/data/formulas.json');
  await expect(page.getByText(`Showing ${iso('/data/formulas.json')}`, { exact: true })).toBeVisible();
  await page.getByText('Briefing', { exact: true }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const text = readFileSync(await csv.path(), 'utf8');
  for (const a of attacks) {
    expect(text).toContain(`"'${a.replace(/"/g, '""')}"`);
    // No cell starts with the bare formula.
    expect(text).not.toMatch(new RegExp(`(^|,)"?${a.slice(0, 4).replace(/[+()|]/g, '\\$&')}`, 'm'));
  }
});

test('a record dated 0202-03 is set aside with its reason; the attack chart keeps its span', async ({
  page,
}) => {
  const d = bundled();
  d.events.push({
    ...d.events.find((e: { type: string }) => e.type === 'attack'),
    id: 'typo-year',
    date: '0202-03',
  });
  await serve(page, '/data/typo.json', d);
  await page.goto('/?lang=en');
  const months = page.getByRole('table', { name: /Attacks on bases per month/ });
  const ticks = page.locator('.attacks svg text.recharts-cartesian-axis-tick-value');
  await expect(ticks).not.toHaveCount(0);
  const before = await months.getByRole('row').count();
  const beforeTicks = await ticks.allTextContents();
  await page.goto('/?lang=en&data=/data/typo.json');
  await expect(page.getByText('1 record rejected')).toBeVisible();
  await page.getByText('1 record rejected').click();
  await expect(page.getByRole('cell', { name: /outside the plausible range \(1900/ })).toBeVisible();
  await expect(months.getByRole('row')).toHaveCount(before);
  await expect(ticks.first()).toHaveText(beforeTicks[0]!);
  expect(await ticks.allTextContents()).toEqual(beforeTicks);
});

test('a relative ?data= path is fetched from beside the page, not from the worker’s folder', async ({
  page,
}) => {
  const d = bundled();
  d.events = d.events.slice(0, 10);
  await serve(page, '/data/relative.json', d);
  await page.goto('/?lang=en&data=data/relative.json');
  await expect(page.getByText(`Showing ${iso('data/relative.json')}`, { exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Records in the dataset' })).toContainText('10 events');
});

test('links with a date before 1900 or a selection naming no event say so', async ({ page }) => {
  await page.goto('/?lang=en&from=0020-01-01&sel=no-such-event');
  const notice = page.getByRole('status').filter({ hasText: 'not understood' });
  await expect(notice).toContainText('from');
  await expect(notice).toContainText('sel');
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
});

test('map markers name their bases in the reading language and the dataset shown', async ({ page }) => {
  await page.goto('/?lang=en');
  const marker = page.locator('.leaflet-marker-icon').first();
  await expect(marker).toHaveAttribute('title', /^Ain al-Asad/);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(marker).toHaveAttribute('title', /^قاعدة عين الأسد/);
  const d = bundled();
  d.bases[0].name = { en: 'Renamed base', ar: 'قاعدة بإسم جديد' };
  await page.locator('input[type=file]').setInputFiles({
    name: 'renamed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(d)),
  });
  await expect(marker).toHaveAttribute('title', /^قاعدة بإسم جديد/);
});

test('20,000 disputes on one event load, and selecting it shows the first 20 at once', async ({ page }) => {
  const d = bundled();
  const target = d.events[3].id;
  d.disputes = Array.from({ length: 20_000 }, (_, i) => ({
    ...d.disputes[0],
    id: `d-many-${i}`,
    records: [target],
  }));
  await serve(page, '/data/disputes.json', d);
  const t0 = Date.now();
  await page.goto(`/?lang=en&data=/data/disputes.json&sel=${target}`);
  const panel = page.getByRole('region', { name: 'Event details' });
  await expect(panel.getByRole('button', { name: 'Show all 20,000 disputes' })).toBeVisible({
    timeout: 15_000,
  });
  console.log(`20k disputes: loaded and selected in ${Date.now() - t0} ms`);
  await expect(panel.locator('.dispute')).toHaveCount(20);
});

test('the filter bar draws its precision hint as an icon, not a missing glyph', async ({ page }) => {
  for (const lang of ['en', 'ar']) {
    await page.goto(`/?lang=${lang}`);
    const hint = page.locator('.filter-bar .info svg');
    await expect(hint).toBeVisible();
    expect((await hint.boundingBox())!.width).toBeGreaterThan(8);
    await page.locator('.area-filters').screenshot({ path: `tests/screenshots/filter-bar-${lang}.png` });
  }
  await shot(page, 'dashboard-icons-ar');
});
