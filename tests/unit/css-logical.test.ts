import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? cssFiles(p) : p.endsWith('.css') ? [p] : [];
  });
}

const PHYSICAL =
  /(^|[\s;{])(left|right|margin-left|margin-right|padding-left|padding-right|border-left|border-right|float)\s*:|text-align:\s*(left|right)/m;

describe('CSS', () => {
  it.each(cssFiles('src'))('%s uses logical properties only, so Arabic mode mirrors', (file) => {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(PHYSICAL);
  });

  it('the check catches a physical property', () => {
    expect('a { margin-left: 4px }').toMatch(PHYSICAL);
    expect('a {\n  right: 0;\n}').toMatch(PHYSICAL);
    expect('a { inset-inline-end: 0; margin-inline-start: 4px }').not.toMatch(PHYSICAL);
  });
});
