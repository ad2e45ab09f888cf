import type { Page } from '@playwright/test';

/** Records every request the page makes; `foreign()` lists those to another origin. */
export function recordRequests(page: Page, origin = 'http://127.0.0.1:4174') {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return {
    urls,
    foreign: () =>
      urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')),
  };
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `tests/screenshots/${name}.png`, fullPage: false });
}
