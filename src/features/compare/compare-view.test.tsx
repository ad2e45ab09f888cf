import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { act, screen, waitFor, within } from '@testing-library/react';
import { useViewStore } from '../../lib/store/view-store';
import { setup } from '../../test/render';
import { parseText } from '../../lib/dataset/parse-core';
import { buildIndex } from '../../lib/dataset/indexes';
import { loadedFrom } from '../../lib/dataset/loaded-dataset';
import { DATASET_URL } from '../../lib/dataset/api';
import { dayRange } from '../../lib/dates/partial-date';
import { CompareView } from './compare-view';

interface RawEvent {
  id: string;
  date: string;
  type: string;
  base?: string;
}

describe('CompareView', () => {
  it('offers one anchor per handed-over base: its first handover given at least to the month', () => {
    const raw = JSON.parse(readFileSync('data/iraq-drawdown.json', 'utf8')) as {
      bases: { id: string }[];
      events: RawEvent[];
    };
    // A base with a year-only handover before its dated one, and one handed over twice.
    const handovers = raw.events.filter((e) => e.type === 'handover' && e.base && e.date.length >= 7);
    const [a, b] = handovers;
    raw.events.push({ ...a!, id: 'x-year-only', date: String(Number(a!.date.slice(0, 4)) - 1) });
    raw.events.push({ ...b!, id: 'x-again', date: `${Number(b!.date.slice(0, 4)) + 1}-06` });
    // Worked out from the file itself, not from the index the view reads.
    const first = new Map<string, RawEvent>();
    for (const e of raw.events) {
      if (e.type !== 'handover' || !e.base || e.date.length < 7) continue;
      const had = first.get(e.base);
      if (!had || dayRange(e.date)[0] < dayRange(had.date)[0]) first.set(e.base, e);
    }
    const expected = raw.bases.flatMap((x) => (first.has(x.id) ? [first.get(x.id)!.id] : []));
    expect(expected).toContain(a!.id);
    expect(expected).toContain(b!.id);

    const parsed = parseText(JSON.stringify(raw), DATASET_URL);
    expect(parsed.rejected).toEqual([]);
    setup(<CompareView />, loadedFrom(parsed, buildIndex(parsed.data, parsed.search), DATASET_URL));
    const anchor = screen.getByRole('combobox', { name: /Anchor/ });
    const options = within(anchor)
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value)
      .filter(Boolean);
    expect(options).toEqual(expected);
  });

  it("reads its days in the reader's digits in Arabic, and takes either digit set", async () => {
    act(() => {
      useViewStore.getState().setLang('ar');
      useViewStore.getState().setCompare({ anchor: '2020-03-01', days: 90 });
    });
    const { user } = setup(<CompareView />);
    const days = screen.getByRole('textbox', { name: 'يوماً' });
    expect(days).toHaveValue('٩٠');
    await user.clear(days);
    // Taken once typing pauses, not at each keystroke: never a window of 4 days on the way.
    const taken: number[] = [];
    const stop = useViewStore.subscribe((s) => s.compare && taken.push(s.compare.days));
    await user.type(days, '٤٥');
    await waitFor(() => expect(useViewStore.getState().compare?.days).toBe(45));
    stop();
    expect(taken).toEqual([45]);
    await user.clear(days);
    await user.type(days, '30{Enter}');
    expect(useViewStore.getState().compare?.days).toBe(30);
    await user.tab();
    expect(days).toHaveValue('٣٠');
  });

  it('says what a days field cannot take, keeping the window as it was', async () => {
    act(() => useViewStore.getState().setCompare({ anchor: '2020-03-01', days: 90 }));
    const { user } = setup(<CompareView />);
    const days = screen.getByRole('spinbutton', { name: 'days' });
    await user.clear(days);
    await user.type(days, '0{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 1 to 730.');
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(useViewStore.getState().compare?.days).toBe(90);
    await user.clear(days);
    await user.type(days, '60{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(useViewStore.getState().compare?.days).toBe(60);
  });
});
