/**
 * Layers: the curated record beside an ACLED event export and ACLED's weekly counts, under one
 * filter, with counts checked against independent readings of the fixtures.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { shot } from './helpers';

const fixture = (name: string) => `tests/fixtures/import/${name}`;
/** Layer names are set apart (Unicode isolates) inside sentences, so a path reads right in Arabic. */
const iso = (s: string) => `\u2068${s}\u2069`;
const EVENTS = 'acled-iraq-2022.csv';
const WEEKLY = 'acled-weekly-iraq.csv';
const curated = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')) as {
  events: { province?: string }[];
};

/** A fixture's rows, read with papaparse alone (the HXL hashtag row skipped). */
function rowsOf(name: string): Record<string, string>[] {
  const text = readFileSync(fixture(name), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.filter(
    (r) => !Object.values(r)[0]!.startsWith('#'),
  );
}

/** Weekly rows a reader would keep: in Iraq, a count of events, a week starting on a Saturday. */
const weeklyKept = (admin1: (a: string) => boolean) =>
  rowsOf(WEEKLY).filter(
    (r) =>
      r.COUNTRY === 'Iraq' &&
      admin1(r.ADMIN1!) &&
      /^\d+$/.test(r.EVENTS!) &&
      new Date(`${r.WEEK}T00:00:00Z`).getUTCDay() === 6,
  );

async function addLayer(page: Page, name: string) {
  await page.locator('.open-menu summary').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add as a layer…' }).click();
  await (await chooser).setFiles(fixture(name));
  await expect(page.getByRole('textbox', { name: /^Name of layer/ }).last()).toHaveValue(name);
}

const layerRow = (page: Page, name: string) =>
  page.locator('.layer-list li').filter({ has: page.locator(`input[value="${name}"]`) });
const legend = (page: Page, view: string) => page.locator(`.${view} .chart-legend`).first();
const tableRows = (page: Page) => page.locator('.events-table').first();

async function pickGovernorate(page: Page, name: string) {
  await page.locator('.multi-select summary').filter({ hasText: 'Governorates' }).click();
  await page.getByRole('checkbox', { name, exact: true }).check();
  await page.locator('.multi-select summary').filter({ hasText: 'Governorates' }).click();
}

test('an ACLED event file and weekly counts open beside the curated record, each named in every view', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  await addLayer(page, EVENTS);
  await addLayer(page, WEEKLY);

  const names = page.getByRole('textbox', { name: /^Name of layer/ });
  await expect(names).toHaveCount(3);
  await expect(names.nth(0)).toHaveValue('Curated record');
  await expect(layerRow(page, WEEKLY)).toContainText('weekly counts');
  await expect(layerRow(page, EVENTS)).toContainText('event list');

  // The attack chart: bars for events, a line for the counts, each named by its layer.
  const attacks = legend(page, 'attacks');
  await expect(attacks).toContainText(`${iso('Curated record')}: Attacks`);
  await expect(attacks).toContainText(`${iso(EVENTS)}: Events`);
  await expect(attacks).toContainText(`${iso(WEEKLY)}: events (weekly counts)`);
  await expect(page.locator('.attacks .count-line')).toHaveCount(2);
  // One axis for events; rockets, another unit, keep the second.
  await expect(page.locator('.attacks .recharts-yAxis')).toHaveCount(2);

  // The table: curated and imported events together, under a Layer column; never weekly rows.
  const inIraq = rowsOf(EVENTS).filter(
    (r) => r.country === 'Iraq' && /^\d{4}-(0\d|1[0-2])-/.test(r.event_date!),
  );
  await expect(page.getByRole('columnheader', { name: 'Layer' })).toBeVisible();
  await expect(tableRows(page)).toHaveAttribute(
    'aria-rowcount',
    String(curated.events.length + inIraq.length + 1),
  );
  await expect(page.getByText('Weekly counts are not events')).toBeVisible();

  // The map draws each event layer's points; the troop chart marks the imported events.
  await expect(page.locator('.map-legend')).toContainText(`Events drawn as points`);
  await expect(page.locator('.map-legend .points')).toContainText(EVENTS);
  await expect(page.locator('.troops')).toContainText(`${iso(EVENTS)}: events of the filtered types`);

  // The caption of every export names the layers with their files.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-caption')).toContainText(
    /Layers: 1\. \u2068Curated record\u2069 .*; 2\. \u2068acled-iraq-2022\.csv\u2069; 3\. \u2068acled-weekly-iraq\.csv\u2069/,
  );

  await page.emulateMedia({ media: 'screen' });

  // The weekly layer's own table: counts, as rows of weeks.
  await page
    .getByRole('combobox', { name: 'Show' })
    .selectOption({ label: `${iso(WEEKLY)} (weekly counts)` });
  const weeks = page.getByRole('region', { name: `Weekly counts of ${WEEKLY}` });
  // Every kept row but the one no name or centroid places in a governorate.
  await expect(weeks.getByRole('row')).toHaveCount(weeklyKept((a) => a !== 'Nowhere-land').length + 1);
  await expect(weeks.getByRole('columnheader', { name: 'Fatalities' })).toBeVisible();
});

test('toggling a layer changes every view, and one governorate filter holds for all layers', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await addLayer(page, EVENTS);
  await addLayer(page, WEEKLY);
  const lines = page.locator('.attacks .count-line');
  await expect(lines).toHaveCount(2);

  // Hide the weekly counts: the line, its legend and its map choice go.
  await page.getByRole('checkbox', { name: `Show ${WEEKLY}` }).uncheck();
  await expect(lines).toHaveCount(0);
  await expect(legend(page, 'attacks')).not.toContainText(WEEKLY);
  await expect(page.getByRole('combobox', { name: 'Shade governorates by' })).not.toContainText(WEEKLY);
  // Hide the ACLED events: the table, chart, map and troop marks lose them.
  const before = Number(await tableRows(page).getAttribute('aria-rowcount'));
  await page.getByRole('checkbox', { name: `Show ${EVENTS}` }).uncheck();
  await expect(tableRows(page)).toHaveAttribute('aria-rowcount', String(curated.events.length + 1));
  expect(before).toBeGreaterThan(curated.events.length + 1);
  await expect(legend(page, 'attacks')).not.toContainText(EVENTS);
  await expect(page.locator('.map-legend')).not.toContainText(EVENTS);
  await expect(page.locator('.troops')).not.toContainText(`${iso(EVENTS)}: events of the filtered types`);
  // Back on, both.
  await page.getByRole('checkbox', { name: `Show ${EVENTS}` }).check();
  await page.getByRole('checkbox', { name: `Show ${WEEKLY}` }).check();
  await expect(lines).toHaveCount(2);

  // Baghdad: counted independently in each file.
  await pickGovernorate(page, 'Baghdad');
  const cur = curated.events.filter((e) => e.province === 'IQ-BG').length;
  const acled = rowsOf(EVENTS).filter((r) => r.country === 'Iraq' && /^Baghdad\b/.test(r.admin1!)).length;
  const weekly = weeklyKept((a) => a === 'Baghdad');
  const weeklyEvents = weekly.reduce((n, r) => n + Number(r.EVENTS), 0);
  expect([cur, acled, weekly.length]).not.toContain(0);
  await expect(layerRow(page, 'Curated record')).toContainText(`${cur} event${cur === 1 ? '' : 's'} shown`);
  await expect(layerRow(page, EVENTS)).toContainText(`${acled} events shown`);
  await expect(layerRow(page, WEEKLY)).toContainText(
    `${weeklyEvents} events counted in ${weekly.length} weekly rows shown`,
  );
  await expect(tableRows(page)).toHaveAttribute('aria-rowcount', String(cur + acled + 1));

  // The map shades by the layer chosen: the weekly counts' Baghdad total.
  await page
    .getByRole('combobox', { name: 'Shade governorates by' })
    .selectOption({ label: `${iso(WEEKLY)} (weekly counts)` });
  await expect(page.locator('.map-legend')).toContainText(`Events per governorate: ${iso(WEEKLY)}`);
  await page.locator('.gov-IQ-BG').dispatchEvent('mouseover');
  await expect(page.locator('.leaflet-tooltip')).toContainText(`Baghdad: ${weeklyEvents} events`);

  // A base filter: weekly counts name no base, and the layer list says so.
  await page.locator('.multi-select summary').filter({ hasText: 'Bases' }).click();
  await page.getByRole('checkbox', { name: 'Camp Taji', exact: true }).check();
  await expect(layerRow(page, WEEKLY)).toContainText('none shown while filtering by base');
});

test('a link with two ?layer= files reopens both, and names a local file that is missing', async ({
  page,
}) => {
  const served: Record<string, string> = { '/data/acled.csv': EVENTS, '/data/weekly.csv': WEEKLY };
  await page.route(
    (u) => u.pathname in served,
    (r) =>
      r.fulfill({
        body: readFileSync(fixture(served[new URL(r.request().url()).pathname]!), 'utf8'),
        contentType: 'text/csv',
      }),
  );
  await page.goto('/?lang=en&layer=/data/acled.csv&layer=/data/weekly.csv');
  await expect(page.getByRole('textbox', { name: /^Name of layer/ })).toHaveCount(3);
  await expect(layerRow(page, '/data/acled.csv')).toContainText('events shown');
  await expect(layerRow(page, '/data/weekly.csv')).toContainText('weekly rows shown');
  await expect(page.locator('.attacks .count-line')).toHaveCount(2);
  // Hiding a layer takes it out of the link; the other stays, in order.
  await page.getByRole('checkbox', { name: 'Show /data/acled.csv' }).uncheck();
  await expect.poll(() => new URL(page.url()).searchParams.getAll('layer')).toEqual(['/data/weekly.csv']);

  // Weekly counts linked to open on their own go beside the curated record instead, with a note.
  await page.goto('/?lang=en&data=/data/weekly.csv');
  await expect(page.getByRole('status').filter({ hasText: 'Weekly counts are not events' })).toBeVisible();
  await expect(layerRow(page, '/data/weekly.csv')).toContainText('weekly rows shown');
  await expect(page.getByRole('textbox', { name: 'Name of layer 1' })).toHaveValue('Curated record');
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();

  // A file opened here travels by name, and is named as missing elsewhere.
  await page.goto('/?lang=en&layer=file:acled-iraq-2022.csv');
  await expect(page.getByRole('alert').filter({ hasText: 'not open here' })).toContainText(EVENTS);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open it…' }).click();
  await (await chooser).setFiles(fixture(EVENTS));
  await expect(layerRow(page, EVENTS)).toContainText('events shown');
  await expect(page.getByRole('alert').filter({ hasText: 'not open here' })).toHaveCount(0);
});

test("a Drawdown file opened as a layer links its rows' quotes to its own sources", async ({ page }) => {
  // Another team's record: the curated one with a memo of its own, first in its list of sources,
  // quoted for the parliament vote beside the vote's three sources. Its sources are numbered
  // in its list, not the page's, and listed in that order.
  const other = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')) as {
    sources: { file: string }[];
    events: { id: string; evidence: { source: string; quote: string }[] }[];
  };
  other.sources.unshift({ ...other.sources[0]!, file: 'team-memo.txt' });
  const vote = other.events.find((e) => e.id === '2020-01-parliament-vote')!;
  vote.evidence.push({ source: 'team-memo.txt', quote: vote.evidence[0]!.quote });
  await page.route(
    (u) => u.pathname === '/data/team.json',
    (r) => r.fulfill({ json: other }),
  );
  await page.goto('/?lang=en&layer=/data/team.json');
  await expect(layerRow(page, '/data/team.json')).toContainText('35 events shown');
  const rows = page
    .locator('.events-table tbody tr')
    .filter({ hasText: 'Iraqi parliament votes to expel foreign forces' });
  await expect(rows).toHaveCount(2);
  const links = (layer: string) => rows.filter({ hasText: layer }).getByRole('link', { name: /^source / });
  // The page's 000, 001 and 003 are the team's 001, 002 and 004.
  await expect(links('/data/team.json')).toHaveText(['000', '001', '002', '004']);
  await expect(links('/data/team.json').first()).toHaveAttribute('href', '/data/sources/team-memo.txt');
  await expect(links('Curated record')).toHaveText(['000', '001', '003']);
  await expect(links('Curated record').first()).toHaveAttribute('href', /\/data\/sources\/000_/);
});

test("a layer's name and colour travel in the link, and back undoes a colour", async ({ page, context }) => {
  await page.route(
    (u) => u.pathname === '/data/acled.csv',
    (r) => r.fulfill({ body: readFileSync(fixture(EVENTS), 'utf8'), contentType: 'text/csv' }),
  );
  await page.goto('/?lang=en&layer=/data/acled.csv');
  await expect(layerRow(page, '/data/acled.csv')).toContainText('events shown');
  const name = page.getByRole('textbox', { name: 'Name of layer 2' });
  await name.fill('ACLED, my pull');
  await page.getByRole('combobox', { name: 'Colour of ACLED, my pull' }).selectOption({ label: 'Orange' });
  await expect(legend(page, 'attacks')).toContainText('ACLED, my pull');
  const link = page.url();
  // Typing the name took no step in history; the colour did.
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Colour of ACLED, my pull' })).toHaveValue('1');
  await expect(name).toHaveValue('ACLED, my pull');

  // Opened by a colleague: the same name, the same colour, in every view that names the layer.
  const other = await context.newPage();
  await other.route(
    (u) => u.pathname === '/data/acled.csv',
    (r) => r.fulfill({ body: readFileSync(fixture(EVENTS), 'utf8'), contentType: 'text/csv' }),
  );
  await other.goto(link);
  await expect(other.getByRole('textbox', { name: 'Name of layer 2' })).toHaveValue('ACLED, my pull');
  await expect(other.getByRole('combobox', { name: 'Colour of ACLED, my pull' })).toHaveValue('4');
  await expect(legend(other, 'attacks')).toContainText('ACLED, my pull');
  const swatch = other.locator('.layer-list li').nth(1).locator('.swatch');
  await expect(swatch).toHaveCSS('background-color', 'rgb(192, 90, 0)');
});

test('three layers in Arabic: names as given, everything else Arabic, legends from the right', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  await addLayer(page, EVENTS);
  await addLayer(page, WEEKLY);
  await addLayer(page, 'ucdp-ged-iraq-quirks.csv');
  await expect(page.locator('.attacks .count-line')).toHaveCount(2);
  await page.setViewportSize({ width: 1440, height: 1500 });
  await shot(page, 'layers-three-en');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.getByRole('region', { name: 'الطبقات' })).toBeVisible();
  await expect(legend(page, 'attacks')).toContainText(`${iso(EVENTS)}: الأحداث`);
  await expect(page.getByRole('textbox', { name: 'اسم الطبقة ١' })).toHaveValue('السجل المُحقَّق');
  // The legend flows from the right: its first item sits right of its second.
  const items = legend(page, 'attacks').locator('li');
  const [a, b] = [await items.nth(0).boundingBox(), await items.nth(1).boundingBox()];
  expect(a!.x).toBeGreaterThan(b!.x);
  // Each file added lists what it set aside, in Arabic: counted here from the fixture itself.
  const aside = rowsOf(EVENTS).filter((r) => r.country !== 'Iraq' || Number.isNaN(Date.parse(r.event_date!)));
  expect(aside.map((r) => r.event_id_cnty)).toEqual(['SYR9010', 'IRQ9011']);
  const list = page.locator('.layer-list details.rejected').filter({ hasText: iso(EVENTS) });
  await expect(list.locator('summary')).toHaveText(`${iso(EVENTS)}: استُبعد سطران`);
  await list.locator('summary').click();
  await expect(list.getByRole('row').filter({ hasText: 'SYR9010' })).toContainText(
    `خارج العراق (البلد: ${iso('Syria')})`,
  );
  await expect(list.getByRole('row').filter({ hasText: 'IRQ9011' })).toContainText('ليس تاريخاً');
  await shot(page, 'layers-three-ar');
});

test('a layer whose letters could not all be read says so under the layers, by name, in English and Arabic', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const notes = page.locator('.layer-list').getByRole('alert');
  // ACLED's events as Excel saves them on Arabic Windows (code page 1256).
  await addLayer(page, 'acled-iraq-2022-excel-arabic-windows.csv');
  await expect(notes).toHaveText([
    /^\u2068acled-iraq-2022-excel-arabic-windows\.csv\u2069: Some letters in this file could not be read, .* on line 15: .*,Iraq,�{7},Heet,/,
  ]);
  // Weekly counts as Excel saves them on Western Windows: "Salah al-Dîn" in code page 1252.
  const weekly = readFileSync(fixture(WEEKLY), 'utf8').replace('Salah al-Din', 'Salah al-D\u00een');
  await page.locator('.open-menu summary').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add as a layer…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'weekly-1252.csv', mimeType: 'text/csv', buffer: Buffer.from(weekly, 'latin1') });
  await expect(notes).toHaveText([
    /^\u2068acled-iraq-2022-excel-arabic-windows\.csv\u2069: /,
    /^\u2068weekly-1252\.csv\u2069: Some letters .* on line 10: .*Salah al-D�n,/,
  ]);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(notes).toHaveText([
    /^\u2068acled-iraq-2022-excel-arabic-windows\.csv\u2069: تعذّرت قراءة بعض الحروف .* في السطر ١٥: /,
    /^\u2068weekly-1252\.csv\u2069: تعذّرت قراءة بعض الحروف .* في السطر ١٠: .*Salah al-D�n/,
  ]);
  // The weekly file read as Western Windows saved it, by its line shown so: in its own place.
  const names = () =>
    page
      .locator('.layer-list input[type=text]')
      .evaluateAll((l) => l.map((i) => (i as HTMLInputElement).value));
  const before = await names();
  const western = notes.nth(1).getByRole('listitem').filter({ hasText: 'Windows لأوروبا الغربية' });
  await expect(western).toContainText('Salah al-D\u00een');
  await western.getByRole('button').click();
  await expect(notes).toHaveText([
    /^\u2068acled-iraq-2022-excel-arabic-windows\.csv\u2069: تعذّرت قراءة/,
    /^\u2068weekly-1252\.csv\u2069: قُرئ بترميز Windows لأوروبا الغربية/,
  ]);
  expect(await names()).toEqual(before);
});
