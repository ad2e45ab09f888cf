import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Caption } from './caption';
import { ExportFailure } from './export-failure';
import { CaptionFoot, CaptionHead } from './caption-frame';

/** Controls and map buttons stay out of images; they mean nothing on a slide. */
const skip = (n: HTMLElement) =>
  !(n.classList?.contains('no-export') || n.classList?.contains('leaflet-control-container'));

/**
 * Renders `node` to a PNG framed by its caption: title and filters above, data date and
 * sources below. The image is `scale` times the element's CSS width. Captions are built
 * with textContent only, in the page's language and direction.
 */
export async function renderFramedPng(
  node: HTMLElement,
  caption: Caption,
  opts: FrameOptions,
): Promise<Blob> {
  return canvasToPng(await renderFramedCanvas(node, caption, opts));
}

export const canvasToPng = (c: HTMLCanvasElement): Promise<Blob> =>
  new Promise((resolve, reject) =>
    c.toBlob((b) => (b ? resolve(b) : reject(new ExportFailure('briefing.imageTooLarge'))), 'image/png'),
  );

export interface FrameOptions {
  scale: number;
  lang: string;
  dir: 'ltr' | 'rtl';
  brand: string;
}

/**
 * Waits (up to ~10 s) for the views in `node` to catch up with a filter change: a busy view
 * is half-updated and dimmed, and the caption already names the new filters.
 */
export async function settled(node: HTMLElement) {
  const busy = () => node.matches('[aria-busy="true"]') || node.querySelector('[aria-busy="true"]') !== null;
  if (!busy()) return;
  for (let frame = 0; frame < 600 && busy(); frame++)
    await new Promise((resolve) => requestAnimationFrame(resolve));
  // The dimming fades out over 0.15 s (app.css).
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** The framed image as a canvas: what the PNG export saves and the video export encodes. */
export async function renderFramedCanvas(
  node: HTMLElement,
  caption: Caption,
  opts: FrameOptions,
): Promise<HTMLCanvasElement> {
  await settled(node);
  const width = Math.round(node.getBoundingClientRect().width);
  const host = document.createElement('div');
  host.className = 'export-host';
  host.lang = opts.lang;
  host.dir = opts.dir;
  host.style.inlineSize = `${width}px`;
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <>
        <CaptionHead caption={caption} brand={opts.brand} />
        <CaptionFoot caption={caption} />
      </>,
    ),
  );
  const head = host.firstElementChild as HTMLElement;
  const foot = host.lastElementChild as HTMLElement;
  // Loaded on first export only: most sessions never export.
  const { toCanvas } = await import('html-to-image');
  node.classList.add('capturing');
  try {
    const common = { pixelRatio: opts.scale, backgroundColor: '#ffffff', cacheBust: false };
    const body = await toCanvas(node, { ...common, filter: skip, width });
    const top = await toCanvas(head, common);
    const bottom = await toCanvas(foot, common);
    const out = document.createElement('canvas');
    out.width = body.width;
    out.height = top.height + body.height + bottom.height;
    const ctx = out.getContext('2d');
    if (!ctx) throw new ExportFailure('briefing.imageTooLarge');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(top, 0, 0, out.width, top.height);
    ctx.drawImage(body, 0, top.height);
    ctx.drawImage(bottom, 0, top.height + body.height, out.width, bottom.height);
    return out;
  } finally {
    node.classList.remove('capturing');
    root.unmount();
    host.remove();
  }
}

/** Copies a PNG where the browser allows it; returns false when it does not. */
export async function copyPng(blob: Blob): Promise<boolean> {
  try {
    if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') return false;
    // A browser that neither grants nor refuses (a permission prompt nobody answers) would
    // hang the export: give it a few seconds, then fall back to a download.
    const wrote = navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]).then(() => true);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000));
    return await Promise.race([wrote, timeout]);
  } catch {
    return false;
  }
}
