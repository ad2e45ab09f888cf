import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4173/?lang=' + process.argv[2]);
await p.waitForTimeout(1000);
await p.locator('input[type=file]').setInputFiles('tests/fixtures/dangling-refs.json');
await p.waitForTimeout(800);
await p.locator('.notice.rejected summary').click();
await p.waitForTimeout(300);
await p.screenshot({ path: process.argv[3] });
await b.close();
