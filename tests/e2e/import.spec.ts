/**
 * Bring your own data: UCDP GED and ACLED exports opened through the file input (and a link),
 * with counts checked against an independent reading of each fixture.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { shot } from './helpers';

const fixture = (name: string) => `tests/fixtures/import/${name}`;
const count = (page: Page) => page.getByRole('status').filter({ hasText: /of [\d,]+ events?$/ });
const open = (page: Page, name: string) => page.locator('input[type=file]').setInputFiles(fixture(name));

/** The fixture's rows, read here with papaparse alone (header and HXL rows skipped). */
function rowsOf(name: string): Record<string, string>[] {
  const text = readFileSync(fixture(name), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return rows.filter((r) => !Object.values(r)[0]!.startsWith('#'));
}

/** Opens a fixture over the bundled record, in English, once its events are counted. */
async function opened(page: Page, name: string) {
  await page.goto('/?lang=en');
  await open(page, name);
  await expect(count(page)).toHaveText(/of [\d,]+ events$/);
}

async function pickGovernorate(page: Page, name: string) {
  await page.locator('.multi-select summary').filter({ hasText: 'Governorates' }).click();
  await page.getByRole('checkbox', { name, exact: true }).check();
  await page.locator('.multi-select summary').filter({ hasText: 'Governorates' }).click();
}

test('an ACLED export opens with its format, counts per governorate, precision band and provenance', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  await open(page, 'acled-iraq-2022.csv');

  // Independent count: rows in Iraq with a readable date.
  const rows = rowsOf('acled-iraq-2022.csv');
  const valid = rows.filter(
    (r) => r.country === 'Iraq' && /^\d{4}-(0\d|1[0-2])-([0-2]\d|3[01])$/.test(r.event_date!),
  );
  await expect(
    page.getByText(/acled-iraq-2022\.csv.: ACLED export \(2022\+ layout, 31 columns\)/),
  ).toBeVisible();
  await expect(
    page.getByText(`${rows.length} rows read, ${valid.length} events shown, 2 set aside (1 outside Iraq)`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect(count(page)).toHaveText(`${valid.length} of ${valid.length} events`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('acled-iraq-2022.csv');
  await expect(
    page.getByText('Troop levels and key moments from the curated Drawdown record, for reference'),
  ).toBeVisible();

  // Anbar, by the fixture's own admin1 spellings (and the blank one west of Al Qaim).
  const anbar = valid.filter(
    (r) => ['Al Anbar', 'الأنبار'].includes(r.admin1!) || r.event_id_cnty === 'IRQ9008',
  );
  await pickGovernorate(page, 'Anbar');
  await expect(count(page)).toHaveText(`${anbar.length} of ${valid.length} events`);
  await shot(page, 'import-acled-anbar-en');

  // The monthly chart counts events: certain in a month, or possibly (a week across its end).
  await page.getByRole('button', { name: 'Reset' }).click();
  const months = page.getByRole('table', { name: 'Events per month' });
  await expect(months.getByRole('columnheader', { name: 'Possibly in this month' })).toBeVisible();
  // IRQ9001 on 8 January; IRQ9004 "within a week" of 30 January: 27 January to 2 February.
  await expect(months.getByRole('row', { name: 'January 2020 1 1' })).toBeVisible();
  await expect(months.getByRole('row', { name: 'February 2020 2 1' })).toBeVisible();
  await expect(page.locator('.possible-band path').first()).toHaveAttribute('d', /M/);

  // Provenance: the protest row, its notes verbatim with their line break.
  await page.getByRole('searchbox', { name: 'Search' }).fill('teachers');
  await page
    .getByRole('region', { name: 'Events', exact: true })
    .getByRole('button', { name: /Peaceful protest/ })
    .click();
  const detail = page.getByRole('region', { name: 'Event details' });
  await expect(detail).toContainText(/acled-iraq-2022\.csv.?, row 9 \(ACLED\)/);
  await expect(detail).toContainText('IRQ9007');
  await expect(detail).toContainText('Protests › Peaceful protest');
  await expect(detail.locator('blockquote').filter({ hasText: 'teachers and students' })).toHaveText(
    rows.find((r) => r.event_id_cnty === 'IRQ9007')!.notes!,
  );
  await shot(page, 'import-acled-detail-en');

  // The table's Sources column says where the row is: its line in the file, found in the text.
  const line =
    readFileSync(fixture('acled-iraq-2022.csv'), 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith('IRQ9007,')) + 1;
  const sourceCell = async (region: string, title: RegExp) => {
    const table = page.getByRole('region', { name: region, exact: true });
    const headers = await table.getByRole('columnheader').allTextContents();
    const row = table.locator('tbody tr:not([aria-hidden])').filter({ hasText: title });
    return row.getByRole('cell').nth(headers.indexOf(region === 'Events' ? 'Sources' : 'المصادر'));
  };
  await expect(await sourceCell('Events', /Peaceful protest/)).toHaveText(`row ${line}`);

  // Arabic: the interface in Arabic, place names and notes as given.
  await page.getByRole('button', { name: 'العربية' }).click();
  const detailAr = page.getByRole('region', { name: 'تفاصيل الحدث' });
  await expect(detailAr).toContainText('مصدر هذا السطر');
  await expect(detailAr).toContainText('احتجاجات › احتجاج سلمي');
  // The notes stay as written.
  await expect(detailAr).toContainText('they demanded jobs.');
  await expect(page.getByRole('table', { name: 'الأحداث شهرياً' })).toBeAttached();
  await expect(await sourceCell('الأحداث', /احتجاج سلمي/)).toHaveText('السطر ٩');
  await shot(page, 'import-acled-detail-ar');
});

test("an imported file's notices are in the page's main landmark, where landmark navigation finds them", async ({
  page,
}) => {
  await opened(page, 'ucdp-ged-23.1-global-sample-1000.csv');
  const rows = rowsOf('ucdp-ged-23.1-global-sample-1000.csv');
  const outside = rows.filter((r) => r.country !== 'Iraq').length;
  const main = page.getByRole('main');
  await expect(main.getByRole('button', { name: 'Back to the bundled dataset' })).toBeVisible();
  await expect(main.getByText(/^Showing \u2068?ucdp-ged-23\.1-global-sample-1000\.csv/)).toBeVisible();
  await main.getByText(`${outside.toLocaleString('en')} rows set aside`).click();
  await expect(main.getByRole('table').filter({ hasText: 'outside Iraq' })).toBeVisible();
});

test('a UCDP GED export: ranges, suffixed names, the low–best–high range as given', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  await open(page, 'ucdp-ged-iraq-quirks.csv');
  const rows = rowsOf('ucdp-ged-iraq-quirks.csv');
  const valid = rows.filter(
    (r) => r.country === 'Iraq' && r.date_end!.slice(0, 10) >= r.date_start!.slice(0, 10),
  );
  await expect(count(page)).toHaveText(`${valid.length} of ${valid.length} events`);
  const nineveh = valid.filter((r) => /n[iī]naw|نينوى/i.test(r.adm_1!));
  await pickGovernorate(page, 'Nineveh');
  await expect(count(page)).toHaveText(`${nineveh.length} of ${valid.length} events`);
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('disagree');
  await page
    .getByRole('region', { name: 'Events', exact: true })
    .getByRole('button', { name: /One-sided violence/ })
    .click();
  const detail = page.getByRole('region', { name: 'Event details' });
  await expect(detail).toContainText('best 4 (low 5, high 3)');
  await expect(detail).toContainText('the source’s low, best and high figures are not in order');
  await page.getByRole('button', { name: 'العربية' }).click();
  const detailAr = page.getByRole('region', { name: 'تفاصيل الحدث' });
  await expect(detailAr).toContainText('التقدير الأرجح ٤ (الأدنى ٥، الأعلى ٣)');
  // One parenthesis at a time ("(برنامج أوبسالا (UCDP GED))" read as a tangle right to left).
  // The row is the record's, the header being row 1 (a record before it spans two lines).
  const row = rows.find((r) => r.type_of_violence === '3')!;
  const n = (rows.indexOf(row) + 2).toLocaleString('ar-u-nu-arab');
  await expect(detailAr).toContainText(`السطر ${n}، بصيغة برنامج أوبسالا (UCDP GED)المعرّف`);
  // The point's coordinates stand apart from the place's precision, read from the right.
  const coords = detailAr.locator('span[dir=ltr]', { hasText: `(${row.latitude}, ${row.longitude})` });
  const gap = await coords.evaluate((span) => {
    let before = span.previousSibling!;
    while (!before.textContent!.trim()) before = before.previousSibling!;
    const words = document.createRange();
    words.selectNodeContents(before);
    return words.getBoundingClientRect().left - span.getBoundingClientRect().right;
  });
  expect(gap).toBeGreaterThanOrEqual(3);
  await shot(page, 'import-ucdp-ar');
});

test("an imported file's name heads the page as written; over its long span the monthly chart labels years alone, in the reader's digits", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?lang=ar');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  // Under a name that starts with digits and holds a version: the header shows it as written.
  const name = '2005-ucdp-ged-23.1-sample.csv';
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: readFileSync(fixture('ucdp-ged-23.1-global-sample-1000.csv')),
  });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(name);
  // Left to right inside the right-to-left page: its first character left of its last.
  const [first, last] = await heading.evaluate((h) => {
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text;
    const at = (k: number) => {
      const r = document.createRange();
      r.setStart(text, k);
      r.setEnd(text, k + 1);
      return r.getBoundingClientRect().left;
    };
    return [at(0), at(text.data.length - 1)];
  });
  expect(first).toBeLessThan(last);
  // The span, read from the fixture: Iraq's rows, first year to last.
  const years = rowsOf('ucdp-ged-23.1-global-sample-1000.csv')
    .filter((r) => r.country === 'Iraq')
    .map((r) => Number(r.date_start!.slice(0, 4)));
  const [from, to] = [Math.min(...years), Math.max(...years)];
  expect(to - from).toBeGreaterThanOrEqual(10);
  const ticks = page.locator('.attacks .recharts-xAxis-tick-labels text');
  await expect(ticks.first()).toHaveText(/^[٠-٩]{4}$/);
  const labels = (await ticks.allTextContents()).map((y) =>
    Number(y.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))),
  );
  // Month names ("كانون الثاني ٢٠١٠") left two labels for these years; years alone, one every two.
  expect(labels.length).toBeGreaterThanOrEqual(Math.floor((to - from) / 2));
  expect(new Set(labels).size).toBe(labels.length);
  expect(labels.every((y) => y >= from && y <= to)).toBe(true);
});

test('a link to a CSV opens it; an unknown layout names the columns it expected', async ({ page }) => {
  await page.route(
    (u) => u.pathname === '/data/acled-old.csv',
    (r) => r.fulfill({ body: readFileSync(fixture('acled-iraq-old-layout.csv')), contentType: 'text/csv' }),
  );
  await page.goto('/?lang=en&data=/data/acled-old.csv');
  await expect(
    page.getByText(/acled-old\.csv.: ACLED export \(older layout, upper-case columns\)/),
  ).toBeVisible();
  await expect(count(page)).toHaveText('4 of 4 events');
  // The export says where each row came from.
  await page.getByText('Briefing', { exact: true }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const exported = Papa.parse<Record<string, string>>(readFileSync(await csv.path(), 'utf8').slice(1), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(exported.map((r) => `${r.origin_file} ${r.origin_row} ${r.origin_id}`)).toEqual([
    'acled-old.csv 2 IRQ8001',
    'acled-old.csv 3 IRQ8002',
    'acled-old.csv 4 IRQ8003',
    'acled-old.csv 5 IRQ8004',
  ]);
  await page.keyboard.press('Escape');
  await page.locator('input[type=file]').setInputFiles({
    name: 'mystery.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('date,place,count\n2020-01-01,Basra,3\n'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'Expected a Drawdown JSON dataset, a UCDP GED CSV (columns id,',
  );
  await expect(count(page)).toHaveText('4 of 4 events');
});

test("the troop chart marks an imported file's events along its time axis, and follows the filters", async ({
  page,
}) => {
  await opened(page, 'acled-iraq-2022.csv');
  // One tick per pixel column with events: never more than the file's distinct days.
  const days = new Set(
    rowsOf('acled-iraq-2022.csv')
      .filter((r) => r.country === 'Iraq')
      .map((r) => r.event_date),
  ).size;
  const ticks = () =>
    page.locator('.troops .event-rug path').evaluateAll(
      (paths) =>
        paths
          .map((p) => p.getAttribute('d') ?? '')
          .join('')
          .split('M').length - 1,
    );
  await expect.poll(ticks).toBeGreaterThan(0);
  const all = await ticks();
  expect(all).toBeLessThanOrEqual(days);
  await pickGovernorate(page, 'Anbar');
  await expect.poll(ticks).toBeLessThan(all);
  await expect.poll(ticks).toBeGreaterThan(0);
});

test("the troop chart's time axis reaches back to an imported file's first event, so that each is marked", async ({
  page,
}) => {
  await opened(page, 'ucdp-ged-23.1-global-sample-1000.csv');
  // The fixture's years in Iraq, read here: from 2005, long before the first troop level (2017).
  const years = rowsOf('ucdp-ged-23.1-global-sample-1000.csv')
    .filter((r) => r.country === 'Iraq')
    .map((r) => Number(r.date_start!.slice(0, 4)));
  const first = Math.min(...years);
  expect(first).toBeLessThan(2017);
  const chart = page.locator('section.troops');
  const firstLabel = () =>
    chart
      .locator('.recharts-xAxis-tick-labels text')
      .first()
      .textContent()
      .then((y) => Number(y?.slice(-4)));
  await expect.poll(firstLabel).toBeLessThanOrEqual(first + 2);
  // The earliest event's tick at the axis' start: the rug's leftmost x by the axis line's.
  const ruled = () =>
    chart.evaluate((c) => {
      const xs = [...c.querySelectorAll('.event-rug path')].flatMap((p) =>
        [...(p.getAttribute('d') ?? '').matchAll(/M([\d.]+)/g)].map((m) => Number(m[1])),
      );
      const axis = c.querySelector('.recharts-xAxis line.recharts-cartesian-axis-line');
      return xs.length ? Math.min(...xs) - Number(axis?.getAttribute('x1')) : NaN;
    });
  await expect.poll(ruled).toBeLessThan(2);
  await expect.poll(ruled).toBeGreaterThanOrEqual(-1);
});

test("over an imported file the troop chart draws the curated record's key moments at their dates, in English and Arabic", async ({
  page,
}) => {
  // The moments and their events' dates, read here from the data file.
  const record = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')) as {
    meta: { moments: { event: string }[] };
    events: { id: string; date: string }[];
  };
  const dates = record.meta.moments.map((m) => record.events.find((e) => e.id === m.event)!.date);
  expect(dates).toHaveLength(4);
  const day = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d) / 86_400_000;
  // A date's first and last day: "2020-01" is the whole month.
  const span = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
    if (d) return [day(y, m, d), day(y, m, d)];
    return [day(y, m ?? 1), day(y, (m ?? 12) + 1) - 1];
  };
  await opened(page, 'ucdp-ged-23.1-global-sample-1000.csv');
  const chart = page.locator('section.troops');
  const check = async (labels: string[]) => {
    await expect(chart.locator('.recharts-reference-line text')).toHaveText(labels);
    // Where each moment's line falls, against the axis' own year labels (each on 1 January).
    const { years, lines } = await chart.evaluate((c) => ({
      years: [...c.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => [
        t.textContent ?? '',
        Number(t.getAttribute('x')),
      ]),
      lines: [...c.querySelectorAll('.recharts-reference-line line')].map((l) =>
        Number(l.getAttribute('x1')),
      ),
    }));
    const ticks = years
      .map(([label, x]) => [
        Number(String(label).replace(/[٠-٩]/g, (g) => String(g.charCodeAt(0) - 0x660))),
        x,
      ])
      .filter(([year]) => Number(year) > 1900) as [number, number][];
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    const [[y0, x0], [y1, x1]] = [ticks[0]!, ticks.at(-1)!];
    const xOf = (d: number) => x0 + ((d - day(y0)) * (x1 - x0)) / (day(y1) - day(y0));
    expect(lines).toHaveLength(4);
    lines.forEach((x, k) => {
      const [a, b] = span(dates[k]!).map(xOf) as [number, number];
      expect(x).toBeGreaterThanOrEqual(Math.min(a, b) - 1.5);
      expect(x).toBeLessThanOrEqual(Math.max(a, b) + 1.5);
    });
  };
  await expect(chart).toContainText('Troop levels and key moments from the curated Drawdown record');
  await check(['Soleimani killed', 'Parliament vote', 'Taji handover', 'Combat mission ends']);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(chart).toContainText('أعداد القوات واللحظات الرئيسية من سجل');
  await check(['مقتل سليماني', 'تصويت البرلمان', 'تسليم التاجي', 'انتهاء المهمة القتالية']);
});

test("the date presets follow an imported file's span: its last year, and the two before", async ({
  page,
}) => {
  await opened(page, 'ucdp-ged-23.1-global-sample-1000.csv');
  const iraq = rowsOf('ucdp-ged-23.1-global-sample-1000.csv').filter((r) => r.country === 'Iraq');
  const last = Math.max(...iraq.map((r) => Number(r.date_end!.slice(0, 4))));
  const presets = page.getByRole('group', { name: 'Date presets' }).getByRole('button');
  await expect(presets).toHaveText(['All', `${last - 2}–${last - 1}`, String(last)]);
  // An event is in a year if any of its days is.
  const inYears = (a: number, b: number) =>
    iraq.filter((r) => Number(r.date_start!.slice(0, 4)) <= b && Number(r.date_end!.slice(0, 4)) >= a).length;
  expect(inYears(last, last)).toBeGreaterThan(0);
  await presets.nth(2).click();
  await expect(count(page)).toHaveText(`${inYears(last, last)} of ${iraq.length} events`);
  await presets.nth(1).click();
  await expect(count(page)).toHaveText(`${inYears(last - 2, last - 1)} of ${iraq.length} events`);
});

test('when the reasons cannot be downloaded, the rows set aside still show, as codes, and the rest of the banner stays', async ({
  page,
}) => {
  await page.route(/\/assets\/(en|ar)-[\w-]+\.js$/, (route) => route.abort());
  await page.route(
    (u) => u.pathname === '/data/acled.csv',
    (r) => r.fulfill({ body: readFileSync(fixture('acled-iraq-2022.csv')), contentType: 'text/csv' }),
  );
  await page.goto('/?lang=en&data=/data/acled.csv');
  await expect(page.getByText(/2 set aside \(1 outside Iraq\)/)).toBeVisible();
  await page.getByText('2 rows set aside').click();
  const rows = page.locator('details.rejected tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('#12');
  await expect(rows.first()).toContainText('outsideIraq: \u2068Syria\u2069');
});

test("a CSV Excel saved in Windows' own encoding says where its letters could not be read, in English and Arabic", async ({
  page,
}) => {
  const unreadable = page.getByRole('alert').filter({ hasText: /could not be read|تعذّرت قراءة/ });
  // The same rows in UTF-8 first: nothing to say.
  await opened(page, 'acled-iraq-2022.csv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('acled-iraq-2022.csv');
  const events = await count(page).textContent();
  expect(events).toMatch(/^12 of 12 events$/);
  await expect(unreadable).toHaveCount(0);
  await open(page, 'acled-iraq-2022-excel-arabic-windows.csv');
  await expect(unreadable.locator('p').first()).toHaveText(
    /^Some letters in this file could not be read, and show as �; the first on line 15: .*,Iraq,�{7},Heet,.* Save the sheet as “CSV UTF-8” and open that file\. Or read it in a Windows encoding: .*$/,
  );
  // Every row still read: as many events as the file in UTF-8.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'acled-iraq-2022-excel-arabic-windows.csv',
  );
  await expect(count(page)).toHaveText(events!);
  await shot(page, 'import-unreadable-en');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(unreadable).toHaveText(
    /^تعذّرت قراءة بعض الحروف في هذا الملف .* في السطر ١٥: .*�{7}.*⁦“CSV UTF-8”⁩/,
  );
  await shot(page, 'import-unreadable-ar');
});

test('a figure grouped in thousands by a spreadsheet is read; one that is not a count sets its row aside, saying so', async ({
  page,
}) => {
  // The fixture with two fatalities cells written again, as an analyst's sheet might hold them.
  const table = Papa.parse<string[]>(readFileSync(fixture('acled-iraq-2022.csv'), 'utf8'), {
    skipEmptyLines: true,
  }).data;
  const [id, fatalities] = ['event_id_cnty', 'fatalities'].map((c) => table[0]!.indexOf(c));
  for (const row of table) {
    if (row[id!] === 'IRQ9001') row[fatalities!] = '1,234';
    if (row[id!] === 'IRQ9003') row[fatalities!] = '12.5';
  }
  await page.goto('/?lang=en');
  await page.locator('input[type=file]').setInputFiles({
    name: 'figures.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(Papa.unparse(table)),
  });
  // One more set aside than the fixture as it is (12 events, 2 set aside).
  await expect(page.getByText('14 rows read, 11 events shown, 3 set aside (1 outside Iraq)')).toBeVisible();
  await page.getByText('3 rows set aside').click();
  const setAside = page.locator('details.rejected tbody tr').filter({ hasText: 'IRQ9003' });
  await expect(setAside).toContainText('fatalities');
  await expect(setAside).toContainText('not a count: \u206812.5\u2069');

  await page.getByRole('searchbox', { name: 'Search' }).fill('no casualties');
  await expect(count(page)).toHaveText('1 of 11 events');
  await page
    .getByRole('region', { name: 'Events', exact: true })
    .getByRole('button', { name: /Ain al-Asad/ })
    .click();
  const detail = page.getByRole('region', { name: 'Event details' });
  await expect(detail).toContainText('IRQ9001');
  await expect(detail.getByRole('definition').filter({ hasText: /^1,234$/ })).toBeVisible();

  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('details.rejected tbody tr').filter({ hasText: 'IRQ9003' })).toContainText(
    'ليس عدداً: \u206812.5\u2069',
  );
  await expect(
    page
      .getByRole('region', { name: 'تفاصيل الحدث' })
      .getByRole('definition')
      .filter({ hasText: /^١٬٢٣٤$/ }),
  ).toBeVisible();
  await shot(page, 'import-figures-ar');
});

test('a CSV saved in Windows Arabic is read so when the analyst picks that reading, by its line shown each way', async ({
  page,
}) => {
  const utf8 = readFileSync(fixture('acled-iraq-2022.csv'), 'utf8');
  // The text as written of the first line outside ASCII: what the right reading must show.
  const arabic = utf8
    .split('\n')
    .find((l) => /[\u0080-\uffff]/.test(l.replace(/^\uFEFF/, '')))!
    .match(/[\u0600-\u06ff]+/)![0];
  await opened(page, 'acled-iraq-2022.csv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('acled-iraq-2022.csv');
  const events = await count(page).textContent();
  expect(events).toMatch(/^12 of 12 events$/);
  // Some of its events, not all, once the search applies.
  const searchArabic = async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill(arabic);
    await expect(count(page)).toHaveText(/^[1-9]\d* of 12 events$/);
    await expect(count(page)).not.toHaveText(events!);
    return count(page).textContent();
  };
  const asWritten = await searchArabic();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  await open(page, 'acled-iraq-2022-excel-arabic-windows.csv');
  const alert = page.getByRole('alert').filter({ hasText: /could not be read|Read as/ });
  await expect(alert).toContainText('Or read it in a Windows encoding');
  const arabicWindows = alert.getByRole('listitem').filter({ hasText: 'Windows Arabic (1256)' });
  const western = alert.getByRole('listitem').filter({ hasText: 'Windows Western European (1252)' });
  await expect(arabicWindows).toContainText(arabic);
  await expect(western).not.toContainText(arabic);
  await shot(page, 'import-read-as-choice-en');

  await arabicWindows.getByRole('button').click();
  await expect(alert).toHaveText(/^Read as Windows Arabic \(1256\), as you chose/);
  await expect(page.getByText(/letters in this file could not be read/)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'acled-iraq-2022-excel-arabic-windows.csv',
  );
  await expect(count(page)).toHaveText(events!);
  // Its Arabic is read: a search for it finds what it finds in the file as written.
  expect(await searchArabic()).toBe(asWritten);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  await page.getByRole('button', { name: 'العربية' }).click();
  const alertAr = page.getByRole('alert').filter({ hasText: /قُرئ بترميز/ });
  await expect(alertAr).toContainText('Windows العربي');
  await shot(page, 'import-read-as-chosen-ar');
  // And back: read as UTF-8 again, its letters are lost again, and it says so.
  await alertAr.getByRole('button', { name: /UTF-8/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: /تعذّرت قراءة/ })).toBeVisible();
});
