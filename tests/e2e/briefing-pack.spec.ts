/** The briefing pack: English and Arabic from one state, SVG charts, and the reproducibility stamp. */
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadPng, shot } from './helpers';

const bundledHash = createHash('sha256').update(readFileSync('data/iraq-drawdown.json')).digest('hex');

async function ready(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
}

/** The text a PNG's pixels cannot give back: read the caption the export drew from the DOM it built. */
async function captions(page: Page) {
  const texts: string[] = [];
  await page.exposeFunction('__caption', (s: string) => texts.push(s));
  await page.evaluate(() => {
    new MutationObserver((list) => {
      for (const m of list)
        for (const n of m.addedNodes)
          if (n instanceof HTMLElement && n.classList.contains('export-host'))
            setTimeout(
              () => (window as unknown as { __caption: (s: string) => void }).__caption(n.innerText),
              0,
            );
    }).observe(document.body, { childList: true });
  });
  return texts;
}

test('English and Arabic from one state: two images, captions in each language with the same counts', async ({
  page,
}) => {
  await ready(page, '/?lang=en&gov=IQ-AN&type=attack');
  const before = await page
    .getByRole('table', { name: 'Attacks and rockets per month' })
    .locator('tbody tr')
    .allTextContents();
  const texts = await captions(page);
  const view = page.getByRole('region', { name: 'Attacks on bases per month' });
  await view.getByText('Export', { exact: true }).click();
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await view.getByRole('button', { name: 'Export in English and Arabic' }).click();
  await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(2);
  expect(downloads).toEqual(['drawdown-attacks-anbar-attack-en.png', 'drawdown-attacks-anbar-attack-ar.png']);
  expect(texts).toHaveLength(2);
  expect(texts[0]).toContain('Attacks on bases per month');
  expect(texts[0]).toContain('Anbar');
  expect(texts[1]).toContain('الهجمات على القواعد شهرياً');
  expect(texts[1]).toContain('الأنبار');
  // Both carry the same stamp: the bundled file's SHA-256, as sha256sum gives it.
  expect(texts[0]).toContain(bundledHash);
  expect(texts[1]).toContain(bundledHash);
  // The page is back in English, its numbers unmoved.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(
    await page
      .getByRole('table', { name: 'Attacks and rockets per month' })
      .locator('tbody tr')
      .allTextContents(),
  ).toEqual(before);
  // And the Arabic table, read the same way, holds the same counts in Arabic digits.
  await page.getByRole('button', { name: 'العربية' }).click();
  const ar = await page
    .getByRole('table', { name: 'الهجمات والصواريخ شهرياً' })
    .locator('tbody tr td:nth-child(2)')
    .allTextContents();
  const en = before.map((r) => /\d{4}(\d+)/.exec(r)![1]!);
  expect(ar.map((d) => d.replace(/[٠-٩]/g, (c) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(c))))).toEqual(en);
});

test('a paired export whose Arabic text cannot be had says so in the page language, and saves nothing', async ({
  page,
}) => {
  // The Arabic strings are a chunk of their own (see lib/i18n): a network that drops it.
  await page.route(/\/assets\/ar-[^/]*\.js$/, (r) => r.abort());
  await ready(page, '/?lang=en');
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  const view = page.getByRole('region', { name: 'Troop levels' });
  await view.getByText('Export', { exact: true }).click();
  await view.getByRole('button', { name: 'Export in English and Arabic' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Export failed' })).toHaveText(
    'Export failed: the Arabic text could not be loaded. Check the connection to this site and try again.',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Troop levels' })).toBeVisible();
  expect(downloads).toEqual([]);
});

test('a chart exports as SVG that parses and keeps its text as text', async ({ page }) => {
  await ready(page, '/?lang=en');
  const view = page.getByRole('region', { name: 'Troop levels' });
  await view.getByText('Export', { exact: true }).click();
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: /Export SVG/ }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe('drawdown-troops-all.svg');
  const text = readFileSync(await svg.path(), 'utf8');
  const parsed = await page.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      vars: s.includes('var(--'),
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.texts).toContain('Jan 2020');
  expect(parsed.texts).toContain('US troops');
  expect(parsed.texts.some((t) => t?.includes('Troop levels'))).toBe(true);
  expect(parsed.texts.some((t) => t?.includes(bundledHash))).toBe(true);
  // Colours are written in: no stylesheet variable left to resolve.
  expect(parsed.vars).toBe(false);
});

test("an Arabic chart's image keeps the rockets axis' labels beside the axis, not over it", async ({
  page,
}) => {
  await ready(page, '/?lang=ar&gov=IQ-KI');
  const view = page.getByRole('region', { name: 'الهجمات على القواعد شهرياً' });
  await view.getByText('تصدير', { exact: true }).click();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'تنزيل صورة', exact: true }).click(),
  ]);
  await loadPng(page, readFileSync(await png.path()));
  // Read the image's pixels in the page: the rockets' labels (their colour, #a4661c) on the
  // left, and the axis they label (the darkest long vertical line there), above the caption's
  // foot.
  const { labelsRight, axis } = await page.evaluate(() => {
    const { data: px, width } = window.__png;
    const height = Math.round(window.__png.height * 0.8);
    let labelsRight = -1;
    const grey = new Array<number>(Math.round(width / 4)).fill(0);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < grey.length; x++) {
        const k = (y * width + x) * 4;
        const [r, g, b] = [px[k]!, px[k + 1]!, px[k + 2]!];
        if (Math.abs(r - 164) < 40 && Math.abs(g - 102) < 40 && Math.abs(b - 28) < 40 && r > b + 60)
          labelsRight = Math.max(labelsRight, x);
        if (r < 140 && Math.abs(r - g) < 12 && Math.abs(g - b) < 12) grey[x]!++;
      }
    return { labelsRight, axis: grey.indexOf(Math.max(...grey)) };
  });
  expect(labelsRight).toBeGreaterThan(0);
  expect(labelsRight).toBeLessThan(axis);
});

test('CSV and JSON exports carry the stamp; the JSON records it in its metadata', async ({ page }) => {
  await ready(page, '/?lang=en&type=handover');
  await page.getByText('Briefing', { exact: true }).click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const meta = JSON.parse(readFileSync(await json.path(), 'utf8')).meta;
  expect(meta.export).toMatchObject({ sha256: bundledHash, version: meta.version });
  expect(meta.export.link).toContain('type=handover');
  expect(Date.parse(meta.export.exportedAt)).toBeGreaterThan(Date.now() - 60_000);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(readFileSync(await csv.path(), 'utf8')).toContain(bundledHash);
  await shot(page, 'briefing-menu-en');
});

test("a JSON export cut by a filter keeps the key moments' dates, and opened again still marks them", async ({
  page,
}) => {
  await ready(page, '/?lang=en&type=handover');
  await page.getByText('Briefing', { exact: true }).click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const text = readFileSync(await json.path(), 'utf8');
  const exported = JSON.parse(text) as {
    meta: { moments: { event: string; date?: string }[] };
    events: { id: string }[];
  };
  // The moments and their events' dates, read here from the data file.
  const raw = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')) as {
    meta: { moments: { event: string }[] };
    events: { id: string; date: string }[];
  };
  const dated = new Map(raw.events.map((e) => [e.id, e.date]));
  expect(exported.meta.moments.map((m) => [m.event, m.date])).toEqual(
    raw.meta.moments.map((m) => [m.event, dated.get(m.event)]),
  );
  // Handovers only: three of the four moments' events are not in the file.
  const ids = new Set(exported.events.map((e) => e.id));
  expect(raw.meta.moments.filter((m) => !ids.has(m.event))).toHaveLength(3);
  await page.keyboard.press('Escape');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'handovers.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Drawdown');
  await expect(page.getByText(/Showing .*handovers\.json/)).toBeVisible();
  await expect(page.locator('section.troops .recharts-reference-line text')).toHaveText([
    'Soleimani killed',
    'Parliament vote',
    'Taji handover',
    'Combat mission ends',
  ]);
});

test('a link whose dataset hash differs from the loaded one says so; a matching one does not', async ({
  page,
}) => {
  await ready(page, `/?lang=en&h=${bundledHash.slice(0, 16)}`);
  await expect(page.getByText(/This link was made from a dataset with fingerprint/)).toHaveCount(0);
  await ready(page, '/?lang=en&h=0123456789abcdef');
  await expect(page.getByRole('alert')).toContainText(
    `fingerprint \u20660123456789abcdef\u2069; the one loaded here is \u2066${bundledHash.slice(0, 16)}\u2069`,
  );
});

/** Days since 1970 of the first and last day a partial date can mean: written again here, independently. */
function span(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const day = (yy: number, mm: number, dd: number) => Date.UTC(yy, mm - 1, dd) / 86_400_000;
  if (m === undefined) return [day(y, 1, 1), day(y, 12, 31)];
  if (d === undefined) return [day(y, m, 1), day(y, m + 1, 0)];
  return [day(y, m, d), day(y, m, d)];
}

test('before/after the Taji handover, ±90 days, matches a count made here from the dataset', async ({
  page,
}) => {
  const data = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')) as {
    events: { date: string; province?: string; type: string }[];
    provinces: Record<string, { name: { en: string } }>;
  };
  const D = span('2020-08-23')[0];
  const expected = new Map<string, { before: number; after: number }>();
  for (const e of data.events) {
    const [a, b] = span(e.date);
    const slot = a >= D - 90 && b <= D - 1 ? 'before' : a >= D && b <= D + 89 ? 'after' : null;
    if (!slot) continue;
    const name = e.province ? data.provinces[e.province]!.name.en : 'No governorate';
    const r = expected.get(name) ?? { before: 0, after: 0 };
    r[slot]++;
    expected.set(name, r);
  }
  await ready(page, '/?lang=en&cmp=2020-08-23-taji-handover:90');
  const table = page.getByRole('table', { name: 'By governorate' });
  // The comparison mounts after the four views: its rows are read once they are all there.
  await expect(table.locator('tbody tr')).toHaveCount(expected.size);
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  const got = new Map(
    rows.map(([name, before, after]) => [name!, { before: Number(before), after: Number(after) }]),
  );
  expect(got).toEqual(expected);
  await page.getByRole('region', { name: 'Before and after' }).scrollIntoViewIfNeeded();
  await shot(page, 'before-after-en');
  // The map shades the change: Baghdad's, on the diverging scale, and says so in its legend.
  await page.getByRole('checkbox', { name: 'Shade the map by the change' }).check();
  await expect(page).toHaveURL(/cmp=2020-08-23-taji-handover%3A90%3Amap|cmp=2020-08-23-taji-handover:90:map/);
  await expect(page.locator('.map-legend')).toContainText('Change after the anchor');
  const changes = [...expected]
    .filter(([name]) => name !== 'No governorate')
    .map(([n, r]) => [n, r.after - r.before] as const);
  const maxAbs = Math.max(...changes.map(([, c]) => Math.abs(c)));
  const baghdad = changes.find(([n]) => n === 'Baghdad')![1];
  const cls =
    baghdad === 0
      ? 3
      : baghdad > 0
        ? 3 + Math.ceil((baghdad / maxAbs) * 3)
        : 3 - Math.ceil((-baghdad / maxAbs) * 3);
  const colors = ['#1a7f5a', '#7cc4a3', '#d5ede2', '#f2f2f2', '#f6d2cc', '#e3806f', '#b23a2e'];
  await expect(page.locator('path.gov-IQ-BG')).toHaveAttribute('fill', colors[cls]!);
  await ready(page, '/?lang=ar&cmp=2020-08-23-taji-handover:90');
  await expect(page.getByRole('table', { name: 'حسب المحافظة' })).toBeVisible();
  await page.getByRole('region', { name: 'قبل وبعد' }).scrollIntoViewIfNeeded();
  await shot(page, 'before-after-ar');
});

test('a note added on a date shows on both charts and the map, survives reload, and reaches the exported image', async ({
  page,
}) => {
  await ready(page, '/?lang=en');
  const panel = page.getByRole('region', { name: 'Analyst notes' });
  await panel.getByLabel('Date', { exact: true }).fill('2020-01-08');
  await panel.getByRole('combobox', { name: /Base/ }).selectOption('ain-al-asad');
  // The analyst's words, markup and all, shown as written.
  const words = 'Iranian missiles <b>not</b> bold — الرد الإيراني';
  await panel.getByRole('textbox', { name: 'Note' }).fill(words);
  await panel.getByRole('button', { name: 'Add note' }).click();
  await expect(panel.locator('.note-body')).toHaveText(words);
  await expect(page.locator('.troops .note-mark')).toHaveCount(1);
  await expect(page.locator('.attacks .note-mark')).toHaveCount(1);
  await expect(page.locator('.note-marker')).toHaveAttribute('title', words);
  await expect(page).toHaveURL(/notes=/);

  // Kept in this browser: a plain reload, without the link's notes, brings it back.
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon.base-marker')).toHaveCount(11);
  await expect(page.getByRole('region', { name: 'Analyst notes' }).locator('.note-body')).toHaveText(words);
  await expect(page.locator('.troops .note-mark')).toHaveCount(1);

  // In the exported image: the caption the export drew lists it, and the chart drew its mark.
  const texts = await captions(page);
  const view = page.getByRole('region', { name: 'Troop levels' });
  await view.getByText('Export', { exact: true }).click();
  await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Download image' }).click(),
  ]);
  await expect.poll(() => texts.length).toBe(1);
  expect(texts[0]).toContain(`1. 8 Jan 2020: \u2068${words}\u2069`);
  await shot(page, 'notes-en');
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.getByRole('region', { name: 'ملاحظات المحلل' }).scrollIntoViewIfNeeded();
  await shot(page, 'notes-ar');
});
