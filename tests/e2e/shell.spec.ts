import { expect, test } from '@playwright/test';
import { recordRequests, shot } from './helpers';

// A route's handler may still be fetching when a test ends (once the page is idle, the print
// stamp's hash reads the dataset again): its error then is the closed page's, not the app's.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

test('the header shows the dataset title, coverage and record counts, with no foreign request', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await page.goto('/?lang=en');
  const header = page.getByRole('banner');
  await expect(header.getByRole('heading', { level: 1 })).toContainText('Drawdown');
  const counts = header.getByRole('list', { name: 'Records in the dataset' });
  await expect(counts).toContainText('35 events');
  await expect(counts).toContainText('11 bases');
  await expect(counts).toContainText('6 disputes');
  await expect(header).toContainText('Coverage 2003 – 9 December 2021');
  await page.waitForLoadState('networkidle');
  await shot(page, 'header-en');
  expect(requests.foreign()).toEqual([]);
});

test("in a narrow window the header wraps whole items: the title's year range and each button stay on one line", async ({
  page,
}) => {
  for (const [lang, width, range] of [
    ['en', 1024, '2019–2021'],
    ['en', 800, '2019–2021'],
    ['ar', 1024, '٢٠١٩–٢٠٢١'],
    ['ar', 800, '٢٠١٩–٢٠٢١'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/?lang=${lang}`);
    const header = page.getByRole('banner');
    await expect(header.getByRole('heading', { level: 1 })).toContainText(range);
    const lines = await page.evaluate((range) => {
      // The range's lines, found in the heading's text wherever its nodes split it.
      const h1 = document.querySelector('header h1')!;
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const whole = nodes.map((n) => n.data).join('');
      const at = whole.indexOf(range);
      const place = (k: number): [Text, number] => {
        for (const n of nodes) {
          if (k <= n.data.length) return [n, k];
          k -= n.data.length;
        }
        throw new Error('outside the heading');
      };
      const r = document.createRange();
      r.setStart(...place(at));
      r.setEnd(...place(at + range.length));
      return new Set([...r.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }, range);
    expect(lines, `${lang} at ${width}px`).toBe(1);
    // The language button's one word cannot wrap: every other button is as high.
    const heights = await header
      .locator('button, summary')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
    const one = await header
      .getByRole('button', { name: lang === 'en' ? 'العربية' : 'English' })
      .evaluate((e) => Math.round(e.getBoundingClientRect().height));
    expect(
      heights.every((h) => h <= one),
      `${lang} at ${width}px: ${heights.join(', ')}`,
    ).toBe(true);
  }
});

test('a missing dataset shows an error panel, not a blank page', async ({ page }) => {
  await page.route('**/data/iraq-drawdown.json', (r) => r.fulfill({ status: 404, body: 'nope' }));
  await page.goto('/?lang=en');
  await expect(page.getByRole('alert')).toContainText('was not found (HTTP 404)');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a linked dataset that is missing or cut short gets an error panel from the worker', async ({
  page,
}) => {
  await page.goto('/?lang=en&data=/data/nothing.json');
  await expect(page.getByRole('alert')).toContainText('was not found (HTTP 404)');
  // A download cut off half-way is refused as a whole, with the parser's reason.
  const whole = JSON.stringify({ events: Array.from({ length: 30_000 }, (_, i) => ({ id: `e${i}` })) });
  await page.route(
    (u) => u.pathname === '/data/cut.json',
    (r) => r.fulfill({ body: whole.slice(0, whole.length / 2), contentType: 'application/json' }),
  );
  await page.goto('/?lang=en&data=/data/cut.json');
  await expect(page.getByRole('alert')).toContainText('is not valid JSON');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a record failing the schema is set aside and named, the rest loads', async ({ page }) => {
  await page.route('**/data/iraq-drawdown.json', async (r) => {
    const res = await r.fetch();
    const json = await res.json();
    json.events[3].date = '2020-13-45';
    await r.fulfill({ response: res, json });
  });
  await page.goto('/?lang=en');
  await expect(page.getByRole('banner')).toContainText('34 events');
  await page.getByText('1 record rejected').click();
  await expect(
    page.getByRole('row', { name: /events\[3\] "2014-06-iraq-requests-support" date expected YYYY/ }),
  ).toBeVisible();
});

test('a file of another schema version gets an error panel naming why', async ({ page }) => {
  await page.route('**/data/iraq-drawdown.json', async (r) => {
    const res = await r.fetch();
    const json = await res.json();
    json.meta.schemaVersion = 7;
    await r.fulfill({ response: res, json });
  });
  await page.goto('/?lang=en');
  await expect(page.getByRole('alert')).toContainText('unknown schema version 7 (expected 1)');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a load nothing shows any more stops: going back to the bundled dataset ends its worker', async ({
  page,
}) => {
  // A download that never ends: only stopping the load ends its worker.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(
    (u) => u.pathname === '/data/slow.csv',
    async (r) => {
      await held;
      await r.fulfill({ body: 'a,b\n', contentType: 'text/csv' }).catch(() => {});
    },
  );
  const started = page.waitForEvent('worker');
  await page.goto('/?lang=en&data=/data/slow.csv');
  const worker = await started;
  await expect(page.getByText(/Loading the dataset/)).toBeVisible();
  const closed = worker.waitForEvent('close');
  await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await closed;
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  release();
});
