import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Each text's extent, left to right: [left, right, middle]. */
const boxes = (texts: Locator) =>
  texts.evaluateAll((els) =>
    els
      .map((e) => e.getBoundingClientRect())
      .map((r) => [r.left, r.right, r.top + r.height / 2] as const)
      .sort((a, b) => a[0] - b[0]),
  );

/**
 * The pairs of texts that run into each other: across one another, on one line. (Lines are
 * 14 px apart: an Arabic font's box, with its ascent and descent, is taller than that.)
 */
const overlaps = (bs: (readonly [number, number, number])[]) =>
  bs.flatMap((a, i) =>
    bs
      .slice(i + 1)
      .flatMap((b, j) => (a[0] < b[1] && b[0] < a[1] && Math.abs(a[2] - b[2]) < 10 ? [[i, i + 1 + j]] : [])),
  );

// The curated record with one more troop level, in 2007: the chart then spans fourteen years.
const surge = (() => {
  const d = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8'));
  d.troopLevels.unshift({ ...d.troopLevels[0], id: 't-2007-09-us', date: '2007-09', count: 168000 });
  return JSON.stringify(d);
})();

for (const lang of ['en', 'ar'] as const)
  test(`over fourteen years of troop levels, no two of the troop chart's labels run into each other (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.route(
      (u) => u.pathname === '/data/surge.json',
      (r) => r.fulfill({ body: surge, contentType: 'application/json' }),
    );
    await page.goto(`/?lang=${lang}&data=/data/surge.json`);
    const chart = page.locator('section.troops');
    const ticks = chart.locator('.recharts-xAxis-tick-labels text');
    await expect(ticks.first()).toBeVisible();
    const texts = await ticks.allTextContents();
    // Each year at most once, from 2007 on: the axis labels years here, not half-years.
    const years = texts.map((s) => Number(s.replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x660))));
    expect(years.every((y) => y >= 2007 && y <= 2021)).toBe(true);
    expect(new Set(years).size).toBe(years.length);
    expect(years.length).toBeGreaterThanOrEqual(4);
    await expect.poll(async () => overlaps(await boxes(ticks))).toEqual([]);
    // The four key moments fall within two years at this scale; each label keeps its own row.
    const moments = chart.locator('.recharts-reference-line text');
    await expect(moments).toHaveCount(4);
    await expect.poll(async () => overlaps(await boxes(moments))).toEqual([]);
  });
