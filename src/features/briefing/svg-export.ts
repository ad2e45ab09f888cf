/**
 * A chart as SVG for editing in PowerPoint or Illustrator: the chart's own SVG, its colours
 * and fonts written into it (no stylesheet travels with the file), text kept as text, framed
 * by the caption and the legend.
 */
import type { Caption } from './caption';
import { ExportFailure } from './export-failure';

const NS = 'http://www.w3.org/2000/svg';
const PAINT = ['fill', 'stroke', 'stop-color'] as const;

/** Computed paint and type, written onto each element of the clone. */
function inline(source: Element, clone: Element) {
  const cs = getComputedStyle(source);
  for (const p of PAINT) {
    const v = cs.getPropertyValue(p);
    if (
      v &&
      (clone.getAttribute(p)?.includes('var(') || source instanceof SVGTextElement || p !== 'stop-color')
    )
      clone.setAttribute(p, v);
  }
  if (source instanceof SVGTextElement || source instanceof SVGTSpanElement) {
    clone.setAttribute('font-family', cs.fontFamily);
    clone.setAttribute('font-size', cs.fontSize);
    clone.setAttribute('font-weight', cs.fontWeight);
    clone.setAttribute('direction', cs.direction);
  }
  const a = source.children;
  const b = clone.children;
  for (let i = 0; i < a.length; i++) inline(a[i]!, b[i]!);
}

function text(
  x: number,
  y: number,
  s: string,
  size: number,
  dir: 'ltr' | 'rtl',
  weight = 400,
  fill = '#1c2430',
) {
  const el = document.createElementNS(NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('font-size', String(size));
  el.setAttribute('font-weight', String(weight));
  el.setAttribute('fill', fill);
  el.setAttribute('direction', dir);
  // Start of the line in the reading direction: the right edge in Arabic.
  el.setAttribute('text-anchor', 'start');
  el.textContent = s;
  return el;
}

export function chartSvg(
  section: HTMLElement,
  caption: Caption,
  opts: { dir: 'ltr' | 'rtl'; brand: string; font: string },
): string {
  const chart = section.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!chart) throw new ExportFailure('briefing.noChart');
  const w = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width;
  const h = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  inline(chart, clone);
  const legend = [...section.querySelectorAll('.chart-legend li')].map((li) => ({
    label: li.textContent ?? '',
    color: getComputedStyle(li.querySelector('.legend-mark') ?? li).backgroundColor,
  }));
  const head = 70;
  const foot = 30 + 16 * (2 + (caption.stamp ? 1 : 0) + (caption.notes ? 1 : 0));
  const out = document.createElementNS(NS, 'svg');
  out.setAttribute('xmlns', NS);
  out.setAttribute('width', String(w));
  out.setAttribute('height', String(head + h + foot));
  out.setAttribute('viewBox', `0 0 ${w} ${head + h + foot}`);
  out.setAttribute('font-family', opts.font);
  out.setAttribute('direction', opts.dir);
  const x = opts.dir === 'rtl' ? w - 8 : 8;
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  out.append(bg);
  out.append(text(x, 16, opts.brand, 11, opts.dir, 600, '#1f5fa8'));
  out.append(text(x, 36, caption.title, 16, opts.dir, 600));
  out.append(text(x, 56, caption.filters, 12, opts.dir));
  const g = document.createElementNS(NS, 'g');
  g.setAttribute('transform', `translate(0 ${head})`);
  for (const child of [...clone.childNodes]) g.append(child);
  out.append(g);
  let lx = opts.dir === 'rtl' ? w - 8 : 8;
  const ly = head + h + 14;
  for (const item of legend) {
    const mark = document.createElementNS(NS, 'rect');
    mark.setAttribute('x', String(opts.dir === 'rtl' ? lx - 10 : lx));
    mark.setAttribute('y', String(ly - 9));
    mark.setAttribute('width', '10');
    mark.setAttribute('height', '10');
    mark.setAttribute('fill', item.color);
    out.append(mark);
    out.append(text(opts.dir === 'rtl' ? lx - 14 : lx + 14, ly, item.label, 11, opts.dir));
    const advance = 24 + item.label.length * 6.5;
    lx += opts.dir === 'rtl' ? -advance : advance;
  }
  out.append(text(x, ly + 18, caption.asOf, 10, opts.dir, 400, '#5b6675'));
  out.append(text(x, ly + 34, caption.sources, 10, opts.dir, 400, '#5b6675'));
  if (caption.stamp) out.append(text(x, ly + 50, caption.stamp, 9, opts.dir, 400, '#5b6675'));
  if (caption.notes) out.append(text(x, ly + 66, caption.notes, 10, opts.dir, 400, '#8a4fbf'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`;
}
