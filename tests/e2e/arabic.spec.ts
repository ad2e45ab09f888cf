import { expect, test, type Page } from '@playwright/test';
import { recordRequests, shot } from './helpers';

const ARABIC = /[\u0600-\u06FF]/;
// Latin that has no Arabic form: base codes in names, file formats, the other language's own name.
const ALLOWED_LATIN = new Set(['K', 'F', 'CSV', 'JSON', 'English']);

/** Latin words in visible text, outside quotes marked as English originals. */
async function visibleLatin(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('[lang="en"], .visually-hidden, [aria-hidden="true"]')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0)
        continue;
      out.push(...(n.textContent?.match(/[A-Za-z]+/g) ?? []));
    }
    return out;
  });
}

test.use({ locale: 'ar-IQ' });

test('Arabic mode: every word Arabic, right to left, kept across reload, and back to English', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveURL(/lang=ar/);

  const check = async () => {
    for (const h of await page.getByRole('heading').allTextContents()) expect(h).toMatch(ARABIC);
    for (const name of ['أعداد القوات', 'الهجمات على القواعد شهرياً', 'خريطة القواعد', 'الأحداث'])
      await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('form', { name: 'عوامل التصفية' })).toBeVisible();
    for (const label of ['من', 'إلى']) await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'بحث' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'إعادة الضبط' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'من' })).toHaveText('٣٥ من ٣٥ حدثاً');
    const headers = await page.getByRole('columnheader').allTextContents();
    expect(headers.length).toBeGreaterThan(5);
    for (const h of headers) expect(h).toMatch(ARABIC);
    const chartText = await page.locator('.recharts-wrapper text, .chart-legend li').allTextContents();
    expect(chartText.length).toBeGreaterThan(10);
    for (const s of chartText) expect(s).not.toMatch(/[A-Za-z]/);
    expect(chartText.join(' ')).toContain('كانون الثاني');
    const latin = (await visibleLatin(page)).filter((w) => !ALLOWED_LATIN.has(w));
    expect(latin).toEqual([]);
  };
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  await check();
  await shot(page, 'default-ar');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  await check();

  // A filtered view, then an open detail panel.
  await page.getByText('المحافظات').click();
  await page.getByRole('checkbox', { name: 'الأنبار' }).check();
  await page.getByText('المحافظات').click();
  await expect(page.getByRole('status').filter({ hasText: 'من' })).toHaveText('٦ من ٣٥ حدثاً');
  await shot(page, 'filtered-ar');
  await page.getByRole('button', { name: 'هجوم إيراني على قاعدة عين الأسد' }).click();
  const detail = page.getByRole('region', { name: 'تفاصيل الحدث' });
  await expect(detail).toContainText('كانون الثاني ٢٠٢٠');
  await expect(detail.locator('blockquote[lang="ar"]')).toHaveCount(1);
  await shot(page, 'detail-ar');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('region', { name: 'Troop levels' })).toBeVisible();
  expect(requests.foreign()).toEqual([]);
});

test('a switch at once, before the Arabic strings have loaded, waits for them: no frame mixes the two', async ({
  page,
}) => {
  // Every frame, just before it is painted (requestAnimationFrame), recorded when it shows a
  // string's key, or English beside Arabic (the page's direction or its digits).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const look = () => {
      const text = document.body?.innerText ?? '';
      if (/\b(app|layers|filters|troops|attacks|events|map|dataset)\.[a-z][A-Za-z]+/.test(text))
        seen.push('key');
      const arabic = document.documentElement.dir === 'rtl' || /[٠-٩]/.test(text);
      if (arabic && /Reset|Troop levels|Loading/.test(text)) seen.push('English');
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  // The Arabic strings arrive a second late: the click comes before them.
  await page.route(/\/assets\/ar-[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.getByRole('region', { name: 'أعداد القوات' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'اسم الطبقة ١' })).toHaveValue('السجل المُحقَّق');
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
});

test('a page opened in Arabic whose strings fail to download opens in English, not blank', async ({
  page,
}) => {
  await page.route(/\/assets\/ar-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: 'Troop levels' })).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
});

test('Western digits on request, and the time axis runs right to left', async ({ page }) => {
  await page.goto('/?lang=ar');
  await page.getByRole('checkbox', { name: 'أرقام غربية' }).check();
  await expect(page).toHaveURL(/digits=latn/);
  await expect(page.getByRole('status').filter({ hasText: 'من' })).toHaveText('35 من 35 حدثاً');
  const ticks = page
    .getByRole('region', { name: 'أعداد القوات' })
    .locator('.recharts-xAxis-tick-labels text');
  const first = (await ticks.first().boundingBox())!;
  const last = (await ticks.last().boundingBox())!;
  expect(await ticks.first().textContent()).toContain('2018');
  expect(first.x).toBeGreaterThan(last.x);
});

test('a first visit follows the browser language', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page).toHaveURL(/lang=ar/);
});

test("the panels' fields show Arabic digits and stand apart from their labels", async ({ page }) => {
  await page.goto('/?lang=ar&cmp=2020-03-01:90');
  const panels = page.locator('.compare-view, .notes-view');
  await expect(page.getByRole('textbox', { name: 'يوماً' })).toHaveValue('٩٠');
  // A field's value is text the reader reads: a browser-drawn number field showed "90".
  const values = await panels
    .locator('input:not([type=checkbox])')
    .evaluateAll((fs) => fs.map((f) => (f as HTMLInputElement).value).filter(Boolean));
  expect(values.length).toBeGreaterThanOrEqual(2);
  for (const v of values) expect(v).not.toMatch(/[0-9]/);
  for (const lang of ['ar', 'en']) {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    // From the end of a label's words to its field, in the reading direction.
    const gaps = await panels.locator('label:has(input:not([type=checkbox]))').evaluateAll((ls) =>
      ls.map((l) => {
        const words = [...l.childNodes].find((n) => n.nodeType === 3 && n.textContent!.trim())!;
        const r = document.createRange();
        r.selectNodeContents(words);
        const w = r.getBoundingClientRect();
        const f = l.querySelector('input')!.getBoundingClientRect();
        return Math.round(document.dir === 'rtl' ? w.left - f.right : f.left - w.right);
      }),
    );
    expect(gaps.length).toBeGreaterThanOrEqual(4);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(3);
  }
});
