import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { recordRequests, shot } from './helpers';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ events/ });
const tableRows = (page: Page) =>
  page.getByRole('region', { name: 'Events', exact: true }).locator('tbody tr:not([aria-hidden])');
const attackTable = (page: Page) => page.getByRole('table', { name: 'Attacks and rockets per month' });

test.beforeEach(async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('path.gov-IQ-AN')).toBeVisible();
});

test('the default view shows all four views at 1440×900 without scrolling', async ({ page }) => {
  const requests = recordRequests(page);
  await page.reload();
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  for (const name of ['Filters']) await expect(page.getByRole('form', { name })).toBeInViewport({ ratio: 1 });
  for (const name of ['Troop levels', 'Attacks on bases per month', 'Bases map'])
    await expect(page.getByRole('region', { name, exact: true })).toBeInViewport({ ratio: 1 });
  await expect(count(page)).toHaveText('35 of 35 events');
  await shot(page, 'default-en');
  expect(requests.foreign()).toEqual([]);
});

test('after the window narrows, the map is fitted to Iraq again: every governorate inside its box', async ({
  page,
}) => {
  /** How far the governorates reach past the map's box, in pixels (0: all inside). */
  const overflow = () =>
    page.evaluate(() => {
      const box = document.querySelector('.map-box .leaflet-container')!.getBoundingClientRect();
      let worst = 0;
      for (const p of document.querySelectorAll('path[class*="gov-IQ-"]')) {
        const r = p.getBoundingClientRect();
        worst = Math.max(
          worst,
          box.left - r.left,
          r.right - box.right,
          box.top - r.top,
          r.bottom - box.bottom,
        );
      }
      return Math.round(worst);
    });
  expect(await overflow()).toBe(0);
  // One column: the map's box becomes wide and low.
  await page.setViewportSize({ width: 900, height: 900 });
  await expect.poll(overflow).toBe(0);
});

test('picking Anbar on the map leaves only Anbar events and changes the attack chart', async ({ page }) => {
  const before = await attackTable(page).locator('tbody tr').allTextContents();
  const anbar = page.locator('path.gov-IQ-AN');
  const box = (await anbar.boundingBox())!;
  // The west of the governorate, away from the base markers.
  await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.6);
  await expect(page).toHaveURL(/gov=IQ-AN/);
  await expect(count(page)).toHaveText('6 of 35 events');
  const govCells = await tableRows(page).locator('td:nth-child(3)').allTextContents();
  expect(govCells.length).toBe(6);
  expect(new Set(govCells)).toEqual(new Set(['Anbar']));
  const after = await attackTable(page).locator('tbody tr').allTextContents();
  expect(after).not.toEqual(before);
  expect(after).toEqual(['January 20201–', 'March 20211–']);
  await shot(page, 'filtered-anbar-en');
});

test('hovering a month of the attack chart shows its counts; clicking it filters to that month', async ({
  page,
}) => {
  const chart = page.getByRole('region', { name: 'Attacks on bases per month' });
  const box = (await chart.locator('.chart-box').boundingBox())!;
  const tooltip = chart.locator('.recharts-tooltip-wrapper');
  // Walk the pointer along the months until the tooltip names March 2020.
  let x = box.x + 50;
  for (; x < box.x + box.width - 50; x += 4) {
    await page.mouse.move(x, box.y + box.height * 0.7);
    if ((await tooltip.textContent())?.startsWith('March 2020')) break;
  }
  await expect(tooltip).toContainText('Attacks : 2');
  await page.mouse.click(x, box.y + box.height * 0.7);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2020-03-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2020-03-31');
  await expect(count(page)).not.toHaveText('35 of 35 events');
  const dates = await tableRows(page).locator('td:first-child').allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  for (const d of dates) expect(d).toMatch(/March 2020/);
});

test('brushing the troop chart sets the date range and moves the table and the map', async ({ page }) => {
  const chart = page.getByRole('region', { name: 'Troop levels' }).locator('.chart-box');
  const box = (await chart.boundingBox())!;
  const y = box.y + box.height * 0.45;
  await page.mouse.move(box.x + box.width * 0.5, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.65, y, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
  const url = new URL(page.url());
  const from = url.searchParams.get('from')!;
  const to = url.searchParams.get('to')!;
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await expect(count(page)).not.toHaveText('35 of 35 events');
  const n = Number((await count(page).textContent())!.split(' ')[0]);
  await expect(tableRows(page)).toHaveCount(n);
  // The map's statuses follow the end of the range: Taji is still held before August 2020.
  await expect(page.getByText(/^Status on /)).not.toHaveText('Status on 31 December 2021');
  expect(to < '2020-08-23').toBe(true);
  await page.getByText(/^Bases \(11\)/).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Camp Taji' })).toContainText(
    'Coalition present',
  );
});

test('a copied URL reopens the same view, and back/forward walk the history', async ({ page, context }) => {
  await page.getByRole('button', { name: '2019–2020' }).click();
  await page.getByText('Event types').click();
  await page.getByRole('checkbox', { name: 'Attack on a base' }).check();
  await page.getByRole('button', { name: 'Rocket attack on K-1 kills a US contractor' }).click();
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  const link = page.url();
  expect(link).toContain('sel=2019-12-k1-rocket-attack');

  const other = await context.newPage();
  await other.goto(link);
  await expect(count(other)).toHaveText('3 of 35 events');
  await expect(other.getByLabel('From', { exact: true })).toHaveValue('2019-01-01');
  await expect(other.getByLabel('To', { exact: true })).toHaveValue('2020-12-31');
  await expect(other.getByRole('region', { name: 'Event details' })).toContainText('Rocket attack on K-1');
  await expect(other.locator('.leaflet-marker-icon.highlighted')).toHaveCount(1);

  await page.goBack();
  await expect(page.getByRole('region', { name: 'Event details' })).toHaveCount(0);
  await expect(count(page)).toHaveText('3 of 35 events');
  await page.goBack();
  await expect(count(page)).toHaveText('19 of 35 events');
  await page.goForward();
  await expect(count(page)).toHaveText('3 of 35 events');
});

test('a malformed link parameter falls back to its default and says so', async ({ page }) => {
  await page.goto('/?lang=en&from=2020-13-45&gov=IQ-AN&type=picnic');
  await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText('from, type');
  await expect(count(page)).toHaveText('6 of 35 events');
});

test("a row's sources fit the table at 1440 wide: each link by number, in order, named in full", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const row = tableRows(page).filter({ hasText: 'Iraqi parliament votes to expel foreign forces' });
  const links = row.getByRole('link', { name: /^source \d{3}$/ });
  // Counted in the dataset: this event quotes sources 000, 001 and 003.
  await expect(links).toHaveText(['000', '001', '003']);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))).toEqual([
    'source 000',
    'source 001',
    'source 003',
  ]);
  await row.scrollIntoViewIfNeeded();
  // (Seen in the viewport through the table's own scroll box, which clips what overflows it.)
  for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
  const scroll = page.locator('.table-scroll');
  expect(await scroll.evaluate((s) => s.scrollWidth - s.clientWidth)).toBe(0);
  // In Arabic they read from the right, first to last: numbers alone would run together
  // left to right as one.
  await page.getByRole('button', { name: 'العربية' }).click();
  const ar = page
    .getByRole('region', { name: 'الأحداث', exact: true })
    .locator('tbody tr:not([aria-hidden])')
    .filter({ hasText: 'البرلمان العراقي يصوّت على إخراج القوات الأجنبية' })
    .getByRole('link', { name: /^المصدر / });
  await expect(ar).toHaveText(['٠٠٠', '٠٠١', '٠٠٣']);
  const xs = await ar.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().x));
  expect(xs).toEqual([...xs].sort((a, b) => b - a));
});

test("the troop chart's moments stay legible on a narrow window: no label runs into another", async ({
  page,
}) => {
  for (const [lang, width] of [
    ['en', 1024],
    ['ar', 800],
    ['en', 1440],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/?lang=${lang}`);
    const labels = page.locator('.troops .recharts-reference-line text');
    await expect(labels).toHaveCount(4);
    // Each label's extent across, and its baseline (the text is 10 px: a line's box is taller
    // than its letters, for Arabic most).
    const boxes = await labels.evaluateAll((ts) =>
      ts.map((t) => {
        const r = t.getBoundingClientRect();
        const svg = t.closest('svg')!.getBoundingClientRect();
        return { l: r.left, r: r.right, y: Number(t.getAttribute('y')), inside: r.top >= svg.top };
      }),
    );
    for (const [k, a] of boxes.entries()) {
      expect(a.inside, `${lang} ${width}: label ${k} inside the chart`).toBe(true);
      for (const b of boxes.slice(k + 1))
        expect(Math.abs(a.y - b.y) >= 12 || a.r <= b.l || b.r <= a.l, `${lang} ${width}: labels apart`).toBe(
          true,
        );
    }
  }
});

test("before the record's first troop figure, the map gives the bases no status rather than the coalition's presence", async ({
  page,
}) => {
  // The record's first troop figure, read from the file: December 2017.
  const levels: { date: string }[] = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')).troopLevels;
  const first = levels.map((l) => l.date).sort()[0];
  expect(first).toBe('2017-12');
  const markers = page.locator('.leaflet-marker-icon.base-marker');
  // On the record's last day every base has a status.
  await expect(markers).toHaveCount(11);
  await expect(markers.and(page.locator('.unknown'))).toHaveCount(0);
  for (const [lang, said] of [
    ['en', 'No status in the record before December 2017'],
    ['ar', 'لا حالة لها في السجل قبل كانون الأول ٢٠١٧'],
  ] as const) {
    await page.goto(`/?lang=${lang}&to=2015-06-30`);
    await expect(markers).toHaveCount(11);
    await expect(page.locator('.map-legend .statuses')).toContainText(said);
    for (const title of await markers.evaluateAll((ms) => ms.map((m) => m.getAttribute('title'))))
      expect(title).toMatch(new RegExp(` – ${said}$`));
  }
});
