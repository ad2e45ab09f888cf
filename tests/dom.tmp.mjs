import { chromium } from '@playwright/test';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4173/?lang=ar');
await p.waitForTimeout(1500);
console.log(
  await p
    .locator('.troops')
    .first()
    .evaluate((e) =>
      [...e.querySelectorAll('text')]
        .slice(5, 8)
        .map(
          (t) =>
            t.outerHTML.slice(0, 200) +
            ' PARENT ' +
            t.getAttribute('class') +
            ' GP ' +
            t.parentElement.parentElement.getAttribute('class'),
        ),
    ),
);
await b.close();
