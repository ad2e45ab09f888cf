/** Playing the drawdown: the time cursor on every view, keyboard control, and video export. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { shot } from './helpers';

const slider = (page: Page, name = 'Date') => page.getByRole('slider', { name });
const taji = (page: Page) => page.locator('.leaflet-marker-icon[title^="Camp Taji"]');

async function ready(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(11);
}

test('play advances the cursor and every view follows it: Taji is handed over 23 August 2020', async ({
  page,
}) => {
  await ready(page, '/?lang=en&at=2020-08-20');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '20 August 2020');
  await expect(taji(page)).toHaveAttribute('title', 'Camp Taji – Coalition present');
  const troopCursor = page.locator('.troops .cursor-line line');
  const x0 = await troopCursor.getAttribute('x1');
  const attackCursor = page.locator('.attacks .cursor-line line');
  await expect(attackCursor).toHaveCount(1);
  const historyBefore = await page.evaluate(() => history.length);

  await page.getByRole('combobox', { name: /^Step/ }).selectOption('day');
  await page.getByRole('combobox', { name: /^Speed/ }).selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(taji(page)).toHaveAttribute('title', 'Camp Taji – Handed over 23 August 2020', {
    timeout: 10_000,
  });
  await page.getByRole('button', { name: 'Pause' }).click();

  const at = (await slider(page).getAttribute('aria-valuetext'))!;
  expect(new Date(`${at} UTC`).getTime()).toBeGreaterThanOrEqual(Date.UTC(2020, 7, 23));
  expect(await troopCursor.getAttribute('x1')).not.toBe(x0);
  // The table marks the events of the cursor's trailing window: Taji's handover among them.
  await expect(
    page.locator('.events-table tr[aria-current="date"], .events-table tr.in-window').first(),
  ).toBeVisible();
  // The link carries the cursor where it was paused (how far past the 23rd depends on the
  // machine's speed: at 8 days a second, a busy machine pauses days later).
  const iso = new Date(`${at} UTC`).toISOString().slice(0, 10);
  await expect(page).toHaveURL(new RegExp(`at=${iso}`));
  // Playing replaced the history entry instead of pushing one per step.
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyBefore + 1);
});

test('a link with a cursor reopens there, and the caption says the date in words', async ({ page }) => {
  await ready(page, '/?lang=en&at=2020-06-30');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '30 June 2020');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-caption')).toContainText('on 30 June 2020');
});

test('keyboard: space plays and pauses, arrows step in the reading direction, in English and Arabic', async ({
  page,
}) => {
  await ready(page, '/?lang=en&at=2020-03-04');
  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '11 March 2020');
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', '4 March 2020');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  await ready(page, '/?lang=ar&at=2020-03-04');
  const ar = slider(page, 'التاريخ');
  await ar.focus();
  // In Arabic time runs right to left: left is later.
  await page.keyboard.press('ArrowLeft');
  await expect(ar).toHaveAttribute('aria-valuetext', '١١ آذار ٢٠٢٠');
  await page.keyboard.press('ArrowRight');
  await expect(ar).toHaveAttribute('aria-valuetext', '٤ آذار ٢٠٢٠');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'إيقاف مؤقت' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'تشغيل' })).toBeVisible();
});

test('exporting a 10-step video gives a playable WebM of 10 frames whose first frame carries the caption', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await ready(page, '/?lang=en&from=2020-01-01&to=2020-10-31');
  await page.getByRole('combobox', { name: /^Step/ }).selectOption('month');
  await page.getByText('Briefing', { exact: true }).click();
  const historyBefore = await page.evaluate(() => history.length);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 110_000 }),
    page.getByRole('button', { name: /dashboard video/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.webm$/);
  const bytes = readFileSync(await download.path());
  // EBML magic: a Matroska/WebM file.
  expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  const input = new Input({ formats: ALL_FORMATS, source: new BufferSource(bytes) });
  const track = (await input.getPrimaryVideoTrack())!;
  expect((await track.computePacketStats()).packetCount).toBe(10);
  await expect(page.getByRole('status').filter({ hasText: 'Video saved as' })).toContainText('10 frames');

  // The first frame, decoded by the browser (in a blank page: the app's CSP allows no blob:
  // media): the caption's dark rule runs across its head.
  const blank = await page.context().newPage();
  const rule = await blank.evaluate(async (b64) => {
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'video/webm' });
    const video = document.createElement('video');
    video.muted = true;
    video.preload = 'auto';
    video.src = URL.createObjectURL(blob);
    document.body.append(video);
    const ok = await new Promise<boolean>((r) => {
      video.onloadeddata = () => r(true);
      video.onerror = () => r(false);
      setTimeout(() => r(false), 10_000);
    });
    if (!ok) return `video did not load: ${video.error?.code ?? 'timeout'} ${video.error?.message ?? ''}`;
    const c = document.createElement('canvas');
    c.width = video.videoWidth;
    c.height = video.videoHeight;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(video, 0, 0);
    // The first row, from the top, where most pixels are the caption rule's navy.
    for (let y = 0; y < Math.min(200, c.height); y++) {
      const row = ctx.getImageData(0, y, c.width, 1).data;
      let dark = 0;
      for (let x = 0; x < c.width; x++) if (row[x * 4]! < 60 && row[x * 4 + 2]! < 90) dark++;
      if (dark > c.width * 0.9) return y;
    }
    return -1;
  }, bytes.toString('base64'));
  expect(rule).toBeGreaterThan(20);
  expect(typeof rule).toBe('number');
  // The cursor went back where it was, and the frames left no trail in the history.
  await expect(page).not.toHaveURL(/at=/);
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
});

test('screenshots at three cursor dates, in English and Arabic', async ({ page }) => {
  for (const lang of ['en', 'ar'])
    for (const at of ['2019-12-15', '2020-06-30', '2021-12-20']) {
      await ready(page, `/?lang=${lang}&at=${at}`);
      await shot(page, `playback-${lang}-${at}`);
    }
});
