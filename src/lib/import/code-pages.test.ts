// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { linesAs, readAs } from './code-pages';
import { rememberFile } from '../dataset/load-status';
import { fingerprint } from '../dataset/fingerprint';
import type { LoadedDataset } from '../dataset/loaded-dataset';

const dir = 'tests/fixtures/import';
// The same rows: as written (UTF-8), and as Excel on Arabic Windows saves them (code page 1256).
const utf8 = readFileSync(`${dir}/acled-iraq-2022.csv`, 'utf8').replace(/^\uFEFF/, '');
const saved = new File([readFileSync(`${dir}/acled-iraq-2022-excel-arabic-windows.csv`)], 'sheet.csv', {
  type: 'text/csv',
});

describe('a CSV read in the Windows code page it was saved in, as the analyst chose', () => {
  it('gives the text as written, in UTF-8, and keeps the file as saved', async () => {
    const read = await readAs(saved, 'windows-1256');
    expect(read.name).toBe('sheet.csv');
    expect(await read.text()).toBe(utf8);
    expect(read.saved).toBe(saved);
    expect(read.readAs).toBe('windows-1256');
  });

  it("an export's stamp hashes the file as saved, so that sha256sum of it gives the same", async () => {
    const read = await readAs(saved, 'windows-1256');
    rememberFile(9001, read);
    const loaded = { fileId: 9001, origin: 'sheet.csv' } as LoadedDataset;
    const bytes = readFileSync(`${dir}/acled-iraq-2022-excel-arabic-windows.csv`);
    expect(await fingerprint(loaded)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it("shows the file's first line outside ASCII as each code page reads it, to choose by", async () => {
    const lines = await linesAs(saved);
    // Counted here from the text as written: its first line with a letter outside ASCII.
    const line = utf8.split('\n').findIndex((l) => /[\u0080-\uffff]/.test(l)) + 1;
    const arabic = utf8.split('\n')[line - 1]!.match(/[\u0600-\u06ff]+/)![0];
    expect(lines!['windows-1256'].line).toBe(line);
    expect(lines!['windows-1256'].text).toContain(arabic);
    expect(lines!['windows-1252'].line).toBe(line);
    expect(lines!['windows-1252'].text).not.toMatch(/[\u0600-\u06ff]/);
    // A file with nothing outside ASCII has nothing to choose between.
    expect(await linesAs(new File(['a,b\n1,2\n'], 'ascii.csv'))).toBeNull();
  });
});
