import { describe, expect, it } from 'vitest';
import { labelRows, MAX_ROWS } from './moment-label';

const at = (x: number, text = 'x'.repeat(10), edge: 'start' | 'middle' | 'end' = 'middle') => ({
  x,
  text,
  edge,
});

describe("the moments' label rows", () => {
  it('keep labels far apart on the first row', () => {
    expect(labelRows([at(0), at(200), at(400)])).toEqual([0, 0, 0]);
  });

  it('raise a label that would run into one before it, and come down again when there is room', () => {
    // 10 characters at 10 px: 60 px wide, centred, and 6 px apart at least.
    expect(labelRows([at(100), at(150), at(160), at(300)])).toEqual([0, 1, 2, 0]);
    expect(labelRows([at(100), at(166)])).toEqual([0, 0]);
    expect(labelRows([at(100), at(165)])).toEqual([0, 1]);
  });

  it('read the labels left to right whatever their order, and their anchors', () => {
    expect(labelRows([at(300), at(100), at(150)])).toEqual([0, 0, 1]);
    // A label anchored at its end runs to the left of its moment, into the one before.
    expect(labelRows([at(100), at(180, 'x'.repeat(10), 'end')])).toEqual([0, 1]);
    expect(labelRows([at(100), at(180, 'x'.repeat(10), 'start')])).toEqual([0, 0]);
  });

  it('share the least crowded row when more moments than rows fall together', () => {
    const rows = labelRows([at(100), at(101), at(102), at(103), at(104)]);
    expect(Math.max(...rows)).toBe(MAX_ROWS - 1);
    expect(rows.slice(0, 4)).toEqual([0, 1, 2, 3]);
  });
});
