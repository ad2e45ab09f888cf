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

declare global {
  interface Window {
    /** The pixels of the PNG loadPng last decoded. */
    __png: ImageData;
  }
}

/**
 * Decodes a PNG in the page, into `window.__png`: a test then reads its pixels there, in one
 * `page.evaluate`, rather than sending millions of them back.
 */
export async function loadPng(page: Page, buf: Buffer): Promise<void> {
  await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    window.__png = ctx.getImageData(0, 0, c.width, c.height);
  }, buf.toString('base64'));
}

/**
 * The browser's own Print menu, as the page sees it: `beforeprint`, then the page laid out and
 * printed in that same task. Reads the caption there (the page's render runs in a microtask of
 * it), then ends the print. The caption's code and the data's hash arrive once the page is
 * idle, so a test polls this until the caption it expects is there.
 */
export function menuPrint(page: Page) {
  return page.evaluate(async () => {
    window.dispatchEvent(new Event('beforeprint'));
    await new Promise<void>((r) => queueMicrotask(r));
    const text = (s: string) => document.querySelector(`.print-caption ${s}`)?.textContent ?? '';
    const caption = {
      filters: text('.export-filters'),
      stamp: text('.export-stamp'),
      at: new Date().toISOString(),
    };
    window.dispatchEvent(new Event('afterprint'));
    return caption;
  });
}
