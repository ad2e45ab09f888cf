import { chromium } from '@playwright/test';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4173/?lang=en&data=/bench/synth-10000.json');
await p.waitForFunction(() => document.querySelectorAll('.leaflet-marker-icon').length === 11, null, {
  timeout: 60000,
});
const s = () =>
  p.evaluate(() => location.search + ' ' + document.querySelector('.filter-bar .count')?.textContent);
console.log('start', await s());
await p.locator('.multi-select summary').first().click();
await p.evaluate(() => document.querySelectorAll('.multi-select .ms-pop input[type=checkbox]')[0].click());
await p.waitForTimeout(300);
console.log('gov', await s());
await p.evaluate(() => document.querySelectorAll('.presets button')[1].click());
await p.waitForTimeout(300);
console.log('preset', await s());
await p.evaluate(() => document.querySelector('.filter-bar > .btn').click());
await p.waitForTimeout(300);
console.log('reset', await s());
await p.evaluate(() => document.querySelector('.lang-controls > .btn').click());
await p.waitForTimeout(300);
console.log('lang', await s());
await b.close();
