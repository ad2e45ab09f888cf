/**
 * `npm run bench`: builds the app, serves it, and measures it in headless Chromium on the
 * bundled dataset and on synthetic 10k and 100k datasets. Writes tests/bench/report.json
 * (git-ignored) and prints a table. Not part of `npm test`: timings belong in a report.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview, type Plugin } from 'vite';
import { datasetSchema } from '../../src/lib/dataset/schema';
import { synthesize, synthesizeCsv, synthesizeParquet, synthesizeWeekly } from '../../scripts/synth-lib';
import { chromiumLaunch } from '../chromium';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const PORT = 4175;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** Fresh loads per run (BENCH_LOADS=1 for a quick look; the note's figures use three). */
const LOADS = Number(process.env.BENCH_LOADS ?? 3);

function bundleSizes() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length;
  const all = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    initialJsGzipKB: +(initial.reduce((s, f) => s + gz(f), 0) / 1024).toFixed(1),
    totalJsGzipKB: +(all.reduce((s, f) => s + gz(`assets/${f}`), 0) / 1024).toFixed(1),
    totalJsKB: +(all.reduce((s, f) => s + readFileSync(join(dist, 'assets', f)).length, 0) / 1024).toFixed(1),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? NaN;
const round = (x: number) => Math.round(x * 10) / 10;

/** Time from a click until two frames later: React has committed and the browser painted. */
/**
 * Clicks, then waits until every view has caught up (views are busy while their rows are
 * recomputed after the click, in a deferred render) and the result is painted.
 */
async function clickAndPaint(page: Page, selector: string, index = 0): Promise<number> {
  return page.evaluate(
    ([sel, i]) =>
      new Promise<number>((resolve) => {
        const el = document.querySelectorAll<HTMLElement>(sel)[i]!;
        const t0 = performance.now();
        el.click();
        const settled = () =>
          document.querySelector('.view[aria-busy="true"]')
            ? requestAnimationFrame(settled)
            : requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
        requestAnimationFrame(settled);
      }),
    [selector, index] as const,
  );
}

/**
 * Navigates and waits until the dataset is in all four views, and every layer the link adds
 * has loaded into them (a weekly layer draws its line); ms from navigation.
 */
async function load(page: Page, url: string, bases: number, layers: number, lines: number): Promise<number> {
  await page.goto(url);
  return (await (
    await page.waitForFunction(
      ([n, l, c]) => {
        const markers = document.querySelectorAll('.leaflet-marker-icon').length;
        const rows = document.querySelectorAll('.events-table tbody tr').length;
        const charts = document.querySelectorAll('.recharts-surface').length;
        const shown = [...document.querySelectorAll('.layer-status')].filter((s) =>
          s.textContent?.endsWith('shown'),
        ).length;
        const drawn = document.querySelectorAll('.attacks .count-line').length;
        return markers === n && rows > 0 && charts >= 2 && shown >= l && drawn >= c
          ? performance.now()
          : false;
      },
      [bases, layers, lines] as const,
      { polling: 'raf', timeout: 900_000 },
    )
  ).jsonValue()) as number;
}

/**
 * The floor a load is compared with, in the same browser and run: a blank page of the same
 * origin fetching the file and parsing it (JSON.parse via res.json(); for CSV, the text
 * decoded as it streams; for Parquet, the bytes). Median of three, each in a fresh context.
 */
async function floor(browser: Browser, path: string): Promise<number> {
  const times: number[] = [];
  for (let k = 0; k < LOADS; k++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/bench/blank.html`);
    times.push(
      await page.evaluate(async (url) => {
        const t0 = performance.now();
        const res = await fetch(url);
        if (url.endsWith('.parquet')) await res.arrayBuffer();
        else if (url.endsWith('.csv')) {
          const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
          while (!(await reader.read()).done);
        } else await res.json();
        return performance.now() - t0;
      }, path),
    );
    await context.close();
  }
  return median(times);
}

/**
 * Lets the browser finish starting before the first load measured. (Chromium's own address-bar
 * popup, which each new context used to load beside the page, is turned off in chromiumLaunch.)
 */
async function settleBrowser(browser: Browser): Promise<void> {
  const context = await browser.newContext();
  await (await context.newPage()).goto(`${ORIGIN}/bench/blank.html`);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  await context.close();
}

/** Records the main thread's long tasks from the start of the page. */
const LONGTASKS = `window.__longtasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;
const longestTask = (page: Page) =>
  page.evaluate(() => Math.max(0, ...((window as unknown as { __longtasks: number[] }).__longtasks ?? [])));
/** Forgets the long tasks so far: the next longestTask covers only what follows. */
const resetTasks = (page: Page) =>
  page.evaluate(() => void ((window as unknown as { __longtasks: number[] }).__longtasks.length = 0));

/** The interactions, on a page that has loaded. */
async function measure(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  // The JS heap with the array buffers its objects hold: the events' strings and the index
  // live in buffers, which JSHeapUsedSize leaves out (it read 16 MB after a million rows).
  const usage = await cdp.send('Runtime.getHeapUsage');
  const heapMB = (usage.usedSize + (usage.backingStorageSize ?? 0)) / 1024 / 1024;
  const buffersMB = (usage.backingStorageSize ?? 0) / 1024 / 1024;

  // 20 filter changes: governorates on and off, and date presets.
  await page.locator('.multi-select summary').first().click();
  await resetTasks(page);
  const filter: number[] = [];
  const presets = await page.locator('.presets button').count();
  for (let i = 0; i < 20; i++) {
    filter.push(
      i % 2 === 0
        ? await clickAndPaint(page, '.multi-select .ms-pop input[type=checkbox]', (i / 2) % 4)
        : await clickAndPaint(page, '.presets button', ((i - 1) / 2) % presets),
    );
  }
  const longestFilterTask = await longestTask(page);
  await page.locator('.multi-select summary').first().click();
  await clickAndPaint(page, '.filter-bar > .btn'); // Reset

  // Export every row as CSV: from the click to the file, and the longest task meanwhile.
  await page.getByText('Briefing', { exact: true }).click();
  await resetTasks(page);
  const t0 = Date.now();
  await Promise.all([
    page.waitForEvent('download', { timeout: 900_000 }),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const exportMs = Date.now() - t0;
  const longestExportTask = await longestTask(page);
  await page.getByText('Briefing', { exact: true }).click();

  const lang: number[] = [];
  for (let i = 0; i < 6; i++) lang.push(await clickAndPaint(page, '.lang-controls > .btn'));

  // Scroll 5,000 rows of the table, 10 rows a frame, and count frames over 50 ms.
  const scroll = await page.evaluate(
    () =>
      new Promise<{ frames: number; slow: number; rows: number }>((resolve) => {
        const box = document.querySelector<HTMLElement>('.table-scroll')!;
        const rowH = 34;
        const target = Math.min(5000 * rowH, box.scrollHeight - box.clientHeight);
        const deltas: number[] = [];
        let last = performance.now();
        const step = (t: number) => {
          deltas.push(t - last);
          last = t;
          box.scrollTop += rowH * 10;
          if (box.scrollTop >= target - 1)
            resolve({
              frames: deltas.length,
              slow: deltas.filter((d) => d > 50).length,
              rows: Math.round(target / rowH),
            });
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  // Playback: day steps at 8× (one step every 100 ms) for four seconds; frames drawn and steps taken.
  const playback = await page.evaluate(
    () =>
      new Promise<{ fps: number; stepsPerSecond: number }>((resolve) => {
        const pick = (label: number, value: string) => {
          const sel = document.querySelectorAll<HTMLSelectElement>('.playback select')[label]!;
          sel.value = value;
          sel.dispatchEvent(new Event('change', { bubbles: true }));
        };
        pick(0, 'day');
        pick(1, '8');
        const slider = document.querySelector<HTMLInputElement>('.playback input[type=range]')!;
        document.querySelector<HTMLButtonElement>('.playback .play')!.click();
        let frames = 0;
        let steps = 0;
        let last = slider.value;
        const t0 = performance.now();
        const tick = (t: number) => {
          frames++;
          if (slider.value !== last) {
            steps++;
            last = slider.value;
          }
          if (t - t0 < 4000) requestAnimationFrame(tick);
          else {
            document.querySelector<HTMLButtonElement>('.playback .play')!.click();
            resolve({ fps: (frames * 1000) / (t - t0), stepsPerSecond: (steps * 1000) / (t - t0) });
          }
        };
        requestAnimationFrame(tick);
      }),
  );
  await cdp.detach();
  return {
    playbackFps: round(playback.fps),
    playbackStepsPerSecond: round(playback.stepsPerSecond),
    filterMedianMs: round(median(filter)),
    filterP95Ms: round(p95(filter)),
    longestFilterTaskMs: round(longestFilterTask),
    exportCsvMs: exportMs,
    longestExportTaskMs: round(longestExportTask),
    languageMedianMs: round(median(lang)),
    scrollRows: scroll.rows,
    scrollFrames: scroll.frames,
    framesOver50ms: scroll.slow,
    heapMB: round(heapMB),
    buffersMB: round(buffersMB),
  };
}

/**
 * Serves the synthetic files gzipped ahead of time, as a static host does for large files
 * (nginx gzip_static, any CDN). Vite's preview server would gzip 55 MB on every request,
 * on the same two cores as the browser. BENCH_GZIP=live measures that case instead.
 */
const precompressed: Plugin = {
  name: 'bench-precompressed',
  configurePreviewServer(server) {
    if (process.env.BENCH_GZIP === 'live') return;
    server.middlewares.use((req, res, next) => {
      const file = join(dist, (req.url ?? '').split('?')[0]!) + '.gz';
      if (!req.url?.startsWith('/bench/') || !existsSync(file)) return next();
      res.setHeader('Content-Type', file.includes('.csv') ? 'text/csv; charset=utf-8' : 'application/json');
      res.setHeader('Content-Encoding', 'gzip');
      createReadStream(file).pipe(res);
    });
  },
};

async function main() {
  const base = datasetSchema.parse(
    JSON.parse(readFileSync(join(root, 'data', 'iraq-drawdown.json'), 'utf8')),
  );
  mkdirSync(join(dist, 'bench'), { recursive: true });
  const put = (name: string, text: string) => {
    writeFileSync(join(dist, 'bench', name), text);
    writeFileSync(join(dist, 'bench', `${name}.gz`), gzipSync(text));
  };
  for (const n of [10_000, 100_000]) put(`synth-${n}.json`, JSON.stringify(synthesize(base, n, 1)));
  // A million events as JSON is ~550 MB: over V8's longest string (2^29 - 24 characters), so
  // neither this script, nor the floor's res.json(), nor the app can hold it as one text.
  for (const f of ['acled', 'ucdp'] as const) put(`synth-50000.${f}.csv`, synthesizeCsv(f, base, 50_000, 1));
  for (const n of [100_000, 1_000_000]) put(`synth-${n}.acled.csv`, synthesizeCsv('acled', base, n, 1));
  // A regional export: most of its rows are other countries', set aside as outside Iraq.
  put('synth-400000.regional.acled.csv', synthesizeCsv('acled', base, 400_000, 1, 0.8));
  put('synth-50000.weekly.csv', synthesizeWeekly(base, 50_000, 1));
  // Parquet is compressed already: served as it is.
  writeFileSync(
    join(dist, 'bench', 'synth-50000.acled.parquet'),
    new Uint8Array(synthesizeParquet('acled', base, 50_000, 1)),
  );
  writeFileSync(join(dist, 'bench', 'blank.html'), '<!doctype html><title>floor</title>');

  const server = await preview({
    root,
    plugins: [precompressed],
    preview: { port: PORT, host: '127.0.0.1', strictPort: true },
  });
  const browser = await chromium.launch(chromiumLaunch);
  await settleBrowser(browser);
  const runs = [
    ['bundled (35 events)', '/?lang=en'],
    ['synthetic 10k', '/?lang=en&data=/bench/synth-10000.json'],
    ['synthetic 100k', '/?lang=en&data=/bench/synth-100000.json'],
    ['ACLED CSV 100k rows', '/?lang=en&data=/bench/synth-100000.acled.csv'],
    ['ACLED CSV 1M rows', '/?lang=en&data=/bench/synth-1000000.acled.csv'],
    [
      'regional ACLED CSV 400k rows, 80% outside Iraq',
      '/?lang=en&data=/bench/synth-400000.regional.acled.csv',
    ],
    ['ACLED CSV 50k rows', '/?lang=en&data=/bench/synth-50000.acled.csv'],
    ['UCDP CSV 50k rows', '/?lang=en&data=/bench/synth-50000.ucdp.csv'],
    ['ACLED Parquet 50k rows', '/?lang=en&data=/bench/synth-50000.acled.parquet'],
    [
      'layers: 100k + 50k weekly',
      '/?lang=en&layer=/bench/synth-100000.json&layer=/bench/synth-50000.weekly.csv',
    ],
  ] as const;
  // BENCH_ONLY=layers,100k measures only the runs whose names contain one of the words.
  const only = process.env.BENCH_ONLY?.split(',');
  const results: Record<string, Record<string, number | string>> = {};
  try {
    for (const [name, path] of runs) {
      if (only && !only.some((w) => name.includes(w))) continue;
      // Each load in a fresh context (empty cache), three times: one figure would be noise
      // on a shared two-core machine. The interactions run on the last page.
      const loads: number[] = [];
      const tasks: number[] = [];
      const params = new URLSearchParams(path.split('?')[1]);
      const file = params.get('data');
      const layerFiles = params.getAll('layer');
      // Layers load side by side: their floor is the sum of each file's (fetch and parse each).
      let floorMs: number | null = file ? await floor(browser, file) : null;
      for (const f of layerFiles) floorMs = (floorMs ?? 0) + (await floor(browser, f));
      const lines = layerFiles.filter((f) => f.includes('weekly')).length * 2;
      for (let k = 0; k < LOADS; k++) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        // tsx keeps function names with a helper the page does not have.
        await context.addInitScript('window.__name = (f) => f');
        await context.addInitScript(LONGTASKS);
        const page = await context.newPage();
        loads.push(await load(page, `${ORIGIN}${path}`, base.bases.length, layerFiles.length + 1, lines));
        tasks.push(await longestTask(page));
        if (k === LOADS - 1) {
          const sorted = [...loads].sort((a, b) => a - b).map(Math.round);
          const csvRows = file && /\.(csv|parquet)$/.test(file) ? Number(/synth-(\d+)/.exec(file)![1]) : null;
          results[name] = {
            ...(floorMs !== null
              ? { ratioToFloor: round(median(loads) / floorMs), floorMs: round(floorMs) }
              : {}),
            interactiveMs: round(median(loads)),
            interactiveAllMs: sorted.join(' '),
            longestLoadTaskMs: round(median(tasks)),
            ...(csvRows ? { rowsPerSecond: Math.round(csvRows / (median(loads) / 1000)) } : {}),
            ...(await measure(page)),
          };
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // A 24-month video of the dashboard (monthly steps over 2020–2021), bundled data.
  let videoSeconds: number | null = null;
  if (!only) {
    const browser2 = await chromium.launch(chromiumLaunch);
    const server2 = await preview({ root, preview: { port: PORT + 1, host: '127.0.0.1', strictPort: true } });
    try {
      const page = await (await browser2.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      await page.goto(`http://127.0.0.1:${PORT + 1}/?lang=en&from=2020-01-01&to=2021-12-31`);
      await page.locator('.leaflet-marker-icon').first().waitFor();
      await page.locator('.playback select').first().selectOption('month');
      await page.getByText('Briefing', { exact: true }).click();
      const t0 = Date.now();
      await Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        page.getByRole('button', { name: /dashboard video/ }).click(),
      ]);
      videoSeconds = round((Date.now() - t0) / 1000);
    } finally {
      await browser2.close();
      await server2.close();
    }
  }
  const report = {
    video24MonthsSeconds: videoSeconds,
    date: new Date().toISOString(),
    machine: '2 cores, headless Chromium',
    syntheticServedAs: process.env.BENCH_GZIP === 'live' ? 'gzip on the fly' : 'gzip ahead of time',
    bundle: bundleSizes(),
    results,
  };
  writeFileSync(join(import.meta.dirname, 'report.json'), JSON.stringify(report, null, 2));
  // What the targets are about, first: each load against its floor, and the long tasks.
  const keys = ['ratioToFloor', 'floorMs', 'interactiveMs', 'longestLoadTaskMs', 'longestFilterTaskMs'];
  const more = ['filterMedianMs', 'filterP95Ms', 'heapMB', 'buffersMB', 'exportCsvMs', 'longestExportTaskMs'];
  const pick = (ks: string[]) =>
    Object.fromEntries(
      Object.entries(results).map(([k, r]) => [k, Object.fromEntries(ks.map((c) => [c, r[c] ?? '—']))]),
    );
  console.log(
    '\nRatios to the floor (targets: 100k JSON ≤ 1.25×, 1M CSV ≤ 3×; longest task ≤ 100 ms loading or filtering):',
  );
  console.table(pick(keys));
  console.log(
    '\nFilter, heap, export (targets at 1M: filter median ≤ 100 / p95 ≤ 150 ms; heap ≤ 1 GB; export tasks ≤ 100 ms):',
  );
  console.table(pick(more));
  console.log(
    '\nbundle (initial JS target ≤ 135 KB gzip):',
    report.bundle,
    '\n24-month dashboard video:',
    videoSeconds,
    's',
  );
  console.table(results);
}

await main();
