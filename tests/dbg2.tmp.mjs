import { chromium } from '@playwright/test';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.addInitScript(() => {
  window.__max = 0;
  new MutationObserver(() => {
    const n = document.getElementsByTagName('*').length;
    if (n > window.__max) {
      window.__max = n;
      window.__maxAt = performance.now();
      window.__maxSample = [...document.querySelectorAll('*')].reduce((m, e) => {
        const k = e.tagName + '.' + (typeof e.className === 'string' ? e.className.split(' ')[0] : '');
        m[k] = (m[k] || 0) + 1;
        return m;
      }, {});
    }
  }).observe(document, { childList: true, subtree: true });
});
await p.goto('http://127.0.0.1:4173/?lang=en&data=/bench/synth-10000.json');
await p.waitForFunction(() => document.querySelectorAll('.leaflet-marker-icon').length === 11, null, {
  timeout: 60000,
});
await p.waitForTimeout(500);
const r = await p.evaluate(() => ({
  max: window.__max,
  at: window.__maxAt,
  now: document.getElementsByTagName('*').length,
  top: Object.entries(window.__maxSample)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8),
}));
console.log(JSON.stringify(r));
await b.close();
