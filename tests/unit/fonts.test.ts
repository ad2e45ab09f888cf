/**
 * Every character the interface draws must come from a font the app ships: a machine with
 * no system fallback font (Debian's headless Chromium, some locked-down desktops) draws
 * anything else as an empty box. The character maps are read from the bundled WOFF files.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/** The code points a WOFF 1.0 font maps (cmap formats 4 and 12). */
function cmapOf(file: string): Set<number> {
  const woff = readFileSync(file);
  const numTables = woff.readUInt16BE(12);
  let cmap: Buffer | undefined;
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    if (woff.toString('latin1', at, at + 4) !== 'cmap') continue;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const data = woff.subarray(offset, offset + compLength);
    cmap = compLength < origLength ? inflateSync(data) : data;
  }
  if (!cmap) throw new Error(`${file}: no cmap`);
  const points = new Set<number>();
  const n = cmap.readUInt16BE(2);
  for (let i = 0; i < n; i++) {
    const sub = cmap.readUInt32BE(4 + i * 8 + 4);
    const format = cmap.readUInt16BE(sub);
    if (format === 4) {
      const segs = cmap.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segs * 2 + 2;
      for (let s = 0; s < segs; s++) {
        const end = cmap.readUInt16BE(ends + s * 2);
        const start = cmap.readUInt16BE(starts + s * 2);
        if (start === 0xffff) continue;
        for (let c = start; c <= end; c++) points.add(c);
      }
    } else if (format === 12) {
      const groups = cmap.readUInt32BE(sub + 12);
      for (let g = 0; g < groups; g++) {
        const start = cmap.readUInt32BE(sub + 16 + g * 12);
        const end = cmap.readUInt32BE(sub + 20 + g * 12);
        for (let c = start; c <= end; c++) points.add(c);
      }
    }
  }
  return points;
}

const fonts = [
  'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  'node_modules/@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff',
  'node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
  'node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff',
];
const covered = new Set(fonts.flatMap((f) => [...cmapOf(f)]));

/** Every string value of a translation file (interpolation placeholders removed). */
const strings = (node: unknown): string[] =>
  typeof node === 'string'
    ? [node.replace(/\{\{[^}]*\}\}/g, '')]
    : node && typeof node === 'object'
      ? Object.values(node).flatMap(strings)
      : [];

const cssFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? cssFiles(join(dir, d.name)) : d.name.endsWith('.css') ? [join(dir, d.name)] : [],
  );

/** Characters no font needs to draw: controls, spaces and the direction marks. */
const invisible = (c: number) => c < 0x20 || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2066 && c <= 0x2069);

const missing = (text: string) =>
  [...new Set(text)]
    .map((ch) => ch.codePointAt(0)!)
    .filter((c) => !invisible(c) && !covered.has(c))
    .map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(c)}`);

describe('bundled fonts', () => {
  it('read: Latin and Arabic letters are covered, an unrelated symbol is not', () => {
    expect(missing('Drawdown الانسحاب 0123 ٠١٢٣ – «»')).toEqual([]);
    expect(missing('ⓘ')).toEqual(['U+24D8 ⓘ']);
  });

  it.each(['src/lib/i18n/en.json', 'src/lib/i18n/ar.json'])('draw every character of %s', (file) => {
    expect(missing(strings(JSON.parse(readFileSync(file, 'utf8'))).join(''))).toEqual([]);
  });

  it('draw every character CSS generates', () => {
    const generated = cssFiles('src').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/content:\s*(['"])(.*?)\1/g)].map((m) => `${f}: ${m[2]}`),
    );
    expect(generated.filter((g) => missing(g.split(': ')[1]!).length > 0)).toEqual([]);
  });

  it('draw every literal character the components write', () => {
    const tsx = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.tsx') && !d.name.endsWith('.test.tsx'))
      .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
      .join('')
      // Comments are not drawn.
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(missing(tsx)).toEqual([]);
  });
});
