import { chromium } from '@playwright/test';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4173/?lang=en');
await p.waitForTimeout(1200);
for (let i = 0; i < 12; i++) {
  await p.keyboard.press('Tab');
  console.log(
    await p.evaluate(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return (
        el.tagName +
        ' ' +
        el.getAttribute('type') +
        ' ' +
        s.outlineStyle +
        ' ' +
        el.matches(':focus-visible') +
        ' ' +
        el.matches(':focus')
      );
    }),
  );
}
await b.close();
