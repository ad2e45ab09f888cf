/**
 * The app as deployed: deploy/nginx.conf serving the built dist/ on a loopback port. Checks
 * the response headers, that the app loads under them with no CSP violation, and that a page
 * of another origin cannot frame it.
 */
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { CSP_HEADER } from '../../vite-plugins/dataset-plugin';

const PORT = 4191;
const OTHER = 4192;
const APP = `http://127.0.0.1:${PORT}`;
let nginx: ChildProcess;
let framer: Server;

test.beforeAll(async () => {
  nginx = spawn('bash', ['deploy/run-nginx.sh', String(PORT), 'dist'], { stdio: 'pipe' });
  let log = '';
  nginx.stderr?.on('data', (d) => (log += String(d)));
  // Wait until it answers; fail with nginx's own words if it does not.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(APP)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 50 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  framer = createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(
      `<!doctype html><title>framer</title><iframe id="f" src="${APP}/" width="800" height="600"></iframe>`,
    );
  }).listen(OTHER, '127.0.0.1');
});

test.afterAll(() => {
  nginx?.kill('SIGTERM');
  framer?.close();
});

test('nginx sends the security headers, cache rules and content types', async () => {
  const page = await fetch(`${APP}/`);
  expect(page.headers.get('content-security-policy')).toBe(CSP_HEADER);
  expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(page.headers.get('content-security-policy')).toContain("worker-src 'self'");
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  expect(page.headers.get('cache-control')).toBe('no-cache');

  const html = await page.text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
  const js = await fetch(`${APP}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(js.headers.get('cache-control')).toMatch(/max-age=\d{8,}/);
  expect(js.headers.get('content-type')).toMatch(/javascript/);
  expect(js.headers.get('x-content-type-options')).toBe('nosniff');

  const data = await fetch(`${APP}/data/iraq-drawdown.json`);
  expect(data.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const geo = await fetch(`${APP}/geo/iraq-governorates.geojson`);
  expect(geo.headers.get('content-type')).toMatch(/^application\/geo\+json/);

  const missing = await fetch(`${APP}/data/none.json`);
  expect(missing.status).toBe(404);
  expect(missing.headers.get('content-security-policy')).toBe(CSP_HEADER);
});

test('the app loads under those headers with no CSP violation and no foreign request', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(APP) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Refused to load: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(`${APP}/?lang=ar&data=/data/iraq-drawdown.json`);
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
  await expect(page.getByRole('table').first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a page of another origin cannot frame the app', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => refused.push(m.text()));
  await page.goto(`http://127.0.0.1:${OTHER}/`);
  const frame = page.frameLocator('#f');
  await page.waitForTimeout(1000);
  await expect(frame.locator('.app-header')).toHaveCount(0);
  expect(refused.join('\n')).toMatch(/frame-ancestors/);
});
