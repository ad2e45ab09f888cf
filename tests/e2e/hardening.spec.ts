import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { recordRequests, shot } from './helpers';

/** Fails the test on any script the hostile data manages to run, or any dialog it opens. */
async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    dialogs,
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  };
}

async function open(page: Page, name: string, buffer?: Buffer) {
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: buffer ?? readFileSync(`tests/fixtures/${name}`),
  });
}

/** A file name as the app sets it in a sentence: isolated, so it keeps its own direction. */
const iso = (name: string) => `\u2068${name}\u2069`;

const counts = (page: Page) => page.getByRole('list', { name: 'Records in the dataset' });

const loads: [string, RegExp | null][] = [
  ['script-tags.json', null],
  ['javascript-url.json', /1 record rejected/],
  ['bidi-controls.json', /2 records rejected/],
  ['deep-nesting.json', /1 record rejected/],
  ['duplicate-ids.json', /1 record rejected/],
  ['dangling-refs.json', /4 records rejected/],
  ['bad-dates.json', /4 records rejected/],
  ['coords-outside.json', /2 records rejected/],
  ['infinity.json', /3 records rejected/],
  ['proto-keys.json', /1 record rejected/],
];
const refused: [string, RegExp][] = [
  ['nan-literal.json', /not valid JSON/],
  ['not-json.json', /not valid JSON/],
  ['not-object.json', /not a JSON object/],
  ['wrong-version.json', /unknown schema version 99/],
];

for (const [file, banner] of loads)
  test(`hostile file ${file} loads what is valid, runs no script`, async ({ page }) => {
    const g = await guard(page);
    await page.goto('/?lang=en');
    await expect(counts(page)).toContainText('35 events');
    await open(page, file);
    await expect(page.getByText(`Showing ${iso(file)}, opened from this computer.`)).toBeVisible();
    if (banner) await expect(page.getByText(banner)).toBeVisible();
    else await expect(page.getByText(/records? rejected/)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Troop levels' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Events', exact: true })).toBeVisible();
    await page.mouse.move(300, 300);
    expect(await g.pwned()).toBeUndefined();
    expect(g.dialogs).toEqual([]);
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  });

test('in Arabic, every reason a record was rejected for is said in Arabic', async ({ page }) => {
  await page.goto('/?lang=ar');
  const rejected = page.locator('details.rejected');
  for (const [file] of loads.filter(([, banner]) => banner)) {
    await open(page, file);
    await rejected.getByText(/رُفض/).click();
    const rows = rejected.getByRole('row');
    // Each row: the record and field as the file names them, then the reason, in Arabic.
    await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText(/[\u0600-\u06FF]/);
    const why = await rejected.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(why.length, file).toBeGreaterThan(0);
    expect(
      why.filter((w) => !/[\u0600-\u06FF]/.test(w)),
      file,
    ).toEqual([]);
    await page.getByRole('button', { name: 'العودة إلى البيانات المرفقة' }).click();
    await expect(rejected).toHaveCount(0);
  }
});

test("in Arabic, zod's own reasons are Arabic on the first list too, before any reason was loaded", async ({
  page,
}) => {
  await page.goto('/?lang=ar');
  const d = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8'));
  d.events[0].title.en = 5;
  d.troopLevels[0].count = -1;
  d.events[3].summary = null;
  await open(page, 'wrong-type.json', Buffer.from(JSON.stringify(d)));
  const rejected = page.locator('details.rejected');
  await rejected.getByText(/رُفض/).click();
  // The types in Arabic too (zod's Arabic names them in English), the limit in Arabic digits.
  await expect(rejected.locator('tbody tr td:nth-child(3)')).toHaveText([
    'مدخلات غير مقبولة: يفترض إدخال نص، ولكن تم إدخال عدد',
    'مدخلات غير مقبولة: يفترض إدخال كائن، ولكن تم إدخال قيمة خالية',
    'أصغر من اللازم: يفترض لـ عدد أن يكون >= ٠',
  ]);
});

test("in Arabic, why a file was refused is said in Arabic, the file's own text kept as written", async ({
  page,
}) => {
  await page.goto('/?lang=ar');
  const alert = page.getByRole('alert');
  const said: [string, Buffer | undefined, RegExp][] = [
    ['not-object.json', undefined, /الملف ليس كائن JSON/],
    ['wrong-version.json', undefined, /إصدار مخطط غير معروف \u2068?99\u2069? \(المتوقع ١\)/],
    ['columns.csv', Buffer.from('colour,size\nred,3\n'), /ليست صيغة يقرؤها الانسحاب.*colour, size/],
  ];
  for (const [file, buffer, reason] of said) {
    await open(page, file, buffer);
    await expect(alert).toContainText(reason);
    await expect(alert).not.toContainText(/unknown|expected|the file/);
    await alert.getByRole('button').click();
  }
  // A link to a file that is not a dataset: the error panel says why in Arabic too.
  // (The page's own address names the file too: only its fetch is answered.)
  await page.route(
    (url) => url.pathname === '/not-a-dataset.json',
    (r) => r.fulfill({ body: '[1, 2]', contentType: 'application/json' }),
  );
  await page.goto('/?lang=ar&data=/not-a-dataset.json');
  await expect(page.getByRole('alert')).toContainText(
    /ليس مجموعة بيانات بصيغة الانسحاب: .*الملف ليس كائن JSON/,
  );
});

for (const [file, reason] of refused)
  test(`hostile file ${file} is refused and the dataset on screen stays`, async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(counts(page)).toContainText('35 events');
    await open(page, file);
    const alert = page.getByRole('alert').filter({ hasText: `Could not open ${iso(file)}` });
    await expect(alert).toContainText(reason);
    // The reason is a phrase: a full stop ends its sentence before the next.
    await expect(alert).toContainText(/\S\. The dataset on screen is unchanged\./);
    await expect(counts(page)).toContainText('35 events');
    await expect(page.getByRole('region', { name: 'Troop levels' })).toBeVisible();
  });

test('a workbook or a ZIP archive opened as data says what it is and how to get its CSV', async ({
  page,
}) => {
  // The first bytes of an .xlsx: a ZIP archive.
  const xlsx = Buffer.concat([
    Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 6, 0]),
    Buffer.from('[Content_Types].xml'),
  ]);
  for (const [lang, words] of [
    [
      'en',
      /Could not open .acled\.xlsx.: a ZIP archive or a spreadsheet workbook .+ save the sheet as CSV \(UTF-8\)/,
    ],
    ['ar', /تعذّر فتح .acled\.xlsx.: أرشيف ZIP أو مصنّف جداول .+ احفظ الورقة بصيغة CSV/],
  ] as const) {
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
    await open(page, 'acled.xlsx', xlsx);
    await expect(page.getByRole('alert')).toContainText(words);
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  }
});

test('script in a title is shown as text, never run', async ({ page }) => {
  const g = await guard(page);
  await page.goto('/?lang=en');
  await open(page, 'script-tags.json');
  await expect(
    page.getByRole('button', { name: '<script>window.__pwned=1</script>US invasion of Iraq' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /US invasion of Iraq/ }).click();
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('<img src=x onerror=');
  expect(await g.pwned()).toBeUndefined();
});

test('a 10 MB string sets its record aside without freezing the page', async ({ page }) => {
  await page.goto('/?lang=en');
  const d = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8'));
  d.events[4].title.en = 'A'.repeat(10 * 1024 * 1024);
  await open(page, 'huge.json', Buffer.from(JSON.stringify(d)));
  await expect(page.getByText('1 record rejected')).toBeVisible();
  await page.getByText('1 record rejected').click();
  await expect(page.getByRole('row', { name: /title.en longer than 20000 characters/ })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the list' }).click(),
  ]);
  const list = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(list.rejected).toHaveLength(1);
  await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
  await expect(page.getByText(/record rejected/)).toHaveCount(0);
});

test('dropping a file opens it', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(counts(page)).toContainText('35 events');
  const text = readFileSync('tests/fixtures/duplicate-ids.json', 'utf8');
  const dt = await page.evaluateHandle((t) => {
    const d = new DataTransfer();
    d.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
    return d;
  }, text);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
  await expect(
    page.getByText('Drop a Drawdown JSON file, or a UCDP GED or ACLED export (CSV or Parquet), to open it'),
  ).toBeVisible();
  // The first half of the window (in reading order) opens a file on its own.
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt, clientX: 100 });
  await expect(page.getByText(`Showing ${iso('dropped.json')}, opened from this computer.`)).toBeVisible();
  await expect(counts(page)).toContainText('35 events');
  await expect(page.getByText('1 record rejected')).toBeVisible();
  // Its search text is built in the worker after the rest: searching works either way.
  await page.getByRole('searchbox', { name: 'Search' }).fill('سليماني');
  await expect(page.getByRole('status').filter({ hasText: 'of 35 events' })).toHaveText('3 of 35 events');
});

test('dropping a file on the other half adds it as a layer', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(counts(page)).toContainText('35 events');
  const text = readFileSync('tests/fixtures/import/acled-iraq-2022.csv', 'utf8');
  const dt = await page.evaluateHandle((t) => {
    const d = new DataTransfer();
    d.items.add(new File([t], 'dropped.csv', { type: 'text/csv' }));
    return d;
  }, text);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: dt, clientX: 1300 });
  await expect(page.getByText('Drop here to add it as a layer')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: dt, clientX: 1300 });
  await expect(page.getByRole('textbox', { name: 'Name of layer 2' })).toHaveValue('dropped.csv');
  // The curated record stays on screen, as the first layer.
  await expect(page.getByRole('textbox', { name: 'Name of layer 1' })).toHaveValue('Curated record');
});

test('?data= loads a dataset from the app origin and refuses other origins', async ({ page }) => {
  await page.route(
    (u) => u.pathname === '/data/mine.json',
    (r) =>
      r.fulfill({
        body: readFileSync('tests/fixtures/bad-dates.json', 'utf8'),
        contentType: 'application/json',
      }),
  );
  await page.goto('/?lang=en&data=/data/mine.json');
  await expect(page.getByText(`Showing ${iso('/data/mine.json')}`, { exact: true })).toBeVisible();
  await expect(counts(page)).toContainText('32 events');
  // In Arabic the path keeps its own direction: its slash stays in front, not at its end. No
  // period follows it: drawn at the sentence's left end, beside that slash, it read as './data'.
  await page.goto('/?lang=ar&data=/data/mine.json');
  await expect(page.getByText(/^المعروض:/)).toHaveText(`المعروض: ${iso('/data/mine.json')}`);
  await shot(page, 'linked-dataset-ar');
  await page.goto('/?lang=en&data=https://evil.example/x.json');
  await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText('data');
  await expect(counts(page)).toContainText('35 events');
});

test('hostile link parameters fall back one by one, said once, nothing runs', async ({ page }) => {
  const g = await guard(page);
  const q = new URLSearchParams({
    lang: 'en',
    from: '<script>window.__pwned=1</script>',
    to: '2020-06-30',
    gov: 'IQ-AN,"><img src=x onerror=window.__pwned=1>',
    type: 'attack',
    sel: '../../../etc/passwd',
    q: 'a'.repeat(5000),
    digits: 'roman',
  });
  await page.goto(`/?${q}`);
  const notice = page.getByRole('status').filter({ hasText: 'not understood' });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('from, gov, q, sel, digits');
  await expect(page.getByRole('form', { name: 'Filters' })).toBeVisible();
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2020-06-30');
  expect(await g.pwned()).toBeUndefined();
});

test('a view whose data fails shows a message with a retry; the others keep working', async ({ page }) => {
  let fail = true;
  await page.route('**/geo/iraq-governorates.geojson', (r) =>
    fail ? r.fulfill({ status: 500, body: 'down' }) : r.fallback(),
  );
  await page.goto('/?lang=en');
  const map = page.getByRole('alert').filter({ hasText: 'This view failed' });
  await expect(map).toContainText('iraq-governorates.geojson: HTTP 500');
  await expect(page.getByRole('region', { name: 'Troop levels' })).toBeVisible();
  await page.getByRole('button', { name: 'Governorates' }).or(page.getByText('Governorates')).first().click();
  await page.getByRole('checkbox', { name: 'Anbar' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'of 35 events' })).toHaveText('6 of 35 events');
  fail = false;
  await map.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('region', { name: 'Bases map' })).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
});

test('the CSP forbids inline script', async ({ page }) => {
  await page.goto('/?lang=en');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    return (window as unknown as { __inline?: number }).__inline;
  });
  expect(ran).toBeUndefined();
});

for (const lang of ['en', 'ar'] as const)
  test(`axe finds no serious or critical violation (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}&sel=2020-03-taji-attacks`);
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
    expect(bad).toEqual([]);
  });

test('keyboard alone reaches the filters, the table and the detail panel, with visible focus', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  const seen: string[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      const s = getComputedStyle(el);
      return {
        text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
        tag: `${el.tagName}.${el.className}[${el.getAttribute('type')}]`,
        outline: s.outlineStyle,
        // Focus inside a native control's own parts (a date field's calendar button) is drawn by the browser.
        own: el.matches(':focus'),
      };
    });
    if (!f || !f.own) continue;
    expect(f.outline, `focus on ${f.tag} "${f.text}" is visible`).not.toBe('none');
    seen.push(f.text);
    if (f.text === 'Two rocket attacks on Camp Taji') break;
  }
  expect(seen).toEqual(expect.arrayContaining(['العربية', 'Reset', '2021']));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(
    'Two rocket attacks on Camp Taji',
  );
});

test('a full session makes no request to another origin', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  await page.getByRole('button', { name: '2021' }).click();
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const view = page.getByRole('region', { name: 'خريطة القواعد' });
  await view.getByText('تصدير', { exact: true }).click();
  await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'تنزيل صورة' }).click(),
  ]);
  await page.getByRole('button', { name: 'English' }).click();
  await open(page, 'script-tags.json');
  await expect(
    page.getByText(`Showing ${iso('script-tags.json')}, opened from this computer.`),
  ).toBeVisible();
  expect(requests.urls.length).toBeGreaterThan(5);
  expect(requests.foreign()).toEqual([]);
});

test('links are only http(s): a javascript: URL never reaches an href', async ({ page }) => {
  await page.goto('/?lang=en');
  await open(page, 'javascript-url.json');
  await expect(page.getByText('1 record rejected')).toBeVisible();
  await page.getByRole('button', { name: /Camp Taji handed back/ }).click();
  const detail = page.getByRole('region', { name: 'Event details' });
  await expect(detail.getByRole('link', { name: 'original' }).first()).toHaveAttribute(
    'href',
    'https://example.org/article',
  );
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
});
