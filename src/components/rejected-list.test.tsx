import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setup } from '../test/render';
import { useViewStore } from '../lib/store/view-store';
import { download } from '../lib/download';
import { RejectedList } from './rejected-list';

vi.mock('../lib/download', () => ({ download: vi.fn() }));

import type { RowProblem } from '../lib/import/row-problem';

/** A dataset's records, checked in English. */
const problems = (n: number) =>
  Array.from({ length: n }, (_, k) => ({
    record: `events[${k}] "e${k}"`,
    field: 'date',
    message: 'not a calendar date',
  }));

/** An export's rows, set aside with a reason's code. */
const rows = (n: number): RowProblem[] =>
  Array.from({ length: n }, (_, k) => ({
    row: k + 2,
    id: `SYR${k}`,
    field: 'country',
    reason: 'outsideIraq',
    value: 'Syria',
  }));
const reasons = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);

describe('the list of what a file set aside', () => {
  it("calls an export's rows set aside, not records that failed the schema", () => {
    setup(<RejectedList origin="regional.csv" rejected={rows(3)} imported />);
    expect(screen.getByText('3 rows set aside')).toBeInTheDocument();
    expect(reasons()[0]).toBe('row 2 "\u2068SYR0\u2069"countryoutside Iraq (country: \u2068Syria\u2069)');
    expect(screen.getByText(/Rows outside Iraq, or that could not be read as events/)).toBeInTheDocument();
    expect(screen.queryByText(/failed the schema/)).not.toBeInTheDocument();
  });

  it("says so in Arabic too, with the count's own plural", () => {
    act(() => useViewStore.getState().setLang('ar'));
    setup(<RejectedList origin="regional.csv" rejected={rows(3)} imported />);
    expect(screen.getByText('استُبعدت ٣ أسطر')).toBeInTheDocument();
  });

  it("gives each row's reason in Arabic, the file's own text kept as written", () => {
    act(() => useViewStore.getState().setLang('ar'));
    const bad: RowProblem[] = [
      ...rows(1),
      { row: 1234, id: '', field: 'event_date', reason: 'notADate', value: '2019-13-45' },
      { row: 9, id: 'IRQ1', field: 'date', reason: 'implausibleDate', value: '0202-03-01' },
    ];
    setup(<RejectedList origin="regional.csv" rejected={bad} imported />);
    expect(reasons()).toEqual([
      'السطر ٢ «\u2068SYR0\u2069»countryخارج العراق (البلد: \u2068Syria\u2069)',
      'السطر ١٬٢٣٤event_dateليس تاريخاً: \u20682019-13-45\u2069',
      'السطر ٩ «\u2068IRQ1\u2069»dateخارج المدى المعقول (من ١٩٠٠ إلى سنة بعد اليوم): \u20680202-03-01\u2069',
    ]);
    // The column is the file's, read left to right; the rest in the page's direction.
    const cells = screen.getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('dir'))).toEqual(Array(3).fill([null, 'ltr', null]).flat());
  });

  it("calls a dataset's records rejected, and shows the first 200 of them", () => {
    setup(<RejectedList origin="big.json" rejected={problems(250)} imported={false} />);
    expect(screen.getByText('250 records rejected')).toBeInTheDocument();
    expect(screen.getByText(/failed the schema/)).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(201);
    expect(screen.getByText('and 50 more')).toBeInTheDocument();
  });

  it('downloads the list in English, as the checks write it, whatever the page reads in', async () => {
    act(() => useViewStore.getState().setLang('ar'));
    setup(<RejectedList origin="regional.csv" rejected={rows(2)} imported />);
    await userEvent.click(screen.getByText('استُبعد سطران'));
    await userEvent.click(screen.getByRole('button', { name: 'تنزيل القائمة' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [blob, name] = vi.mocked(download).mock.calls[0]!;
    expect(name).toBe('drawdown-rejected-records.json');
    expect(JSON.parse(await blob.text())).toEqual({
      origin: 'regional.csv',
      rejected: [
        { record: 'row 2 "SYR0"', field: 'country', message: 'outside Iraq (country: Syria)' },
        { record: 'row 3 "SYR1"', field: 'country', message: 'outside Iraq (country: Syria)' },
      ],
    });
  });
});
