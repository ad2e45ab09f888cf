import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setup } from '../test/render';
import { useViewStore } from '../lib/store/view-store';
import { download } from '../lib/download';
import { RejectedList } from './rejected-list';

vi.mock('../lib/download', () => ({ download: vi.fn() }));

import type { RowProblem } from '../lib/import/row-problem';
import { checkRecords } from '../lib/dataset/record-checks';
import { bundled } from '../test/render';

/** A dataset with records the checks set aside, as they reach the page from the worker. */
function checked() {
  const d = structuredClone(bundled().data) as unknown as { events: Record<string, unknown>[] };
  const e = d.events;
  e[0] = { ...e[0], date: '2020-02-30' };
  e[1] = { ...e[1], base: 'nowhere' };
  e[2] = { ...e[2], type: 'bogus' };
  e[3] = { ...e[3], title: { en: 5, ar: 'عنوان' } };
  e[4] = { ...e[4], summary: { en: 'A summary', ar: '  ' } };
  return structuredClone(checkRecords(d).rejected);
}

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
  beforeEach(() => vi.mocked(download).mockClear());

  it("calls an export's rows set aside, not records that failed the schema", () => {
    setup(<RejectedList origin="regional.csv" rejected={rows(3)} imported />);
    expect(screen.getByText('3 rows set aside')).toBeInTheDocument();
    expect(reasons()[0]).toBe('row 2 "\u2068SYR0\u2069"countryoutside Iraq (country: \u2068Syria\u2069)');
    expect(screen.getByText(/Rows outside Iraq, or that could not be read as events/)).toBeInTheDocument();
    expect(screen.queryByText(/failed the schema/)).not.toBeInTheDocument();
  });

  it('does not claim everything else is loaded when a quote left open read lines into a row', async () => {
    const stray: RowProblem = {
      row: 3,
      id: 'IRQ2',
      field: 'notes',
      reason: 'unclosedQuote',
      value: '"never closed',
    };
    const hint = () => document.querySelector('.rejected .hint')?.textContent;
    const { unmount } = setup(<RejectedList origin="stray.csv" rejected={[...rows(1), stray]} imported />);
    await waitFor(() =>
      expect(hint()).toMatch(/Everything else is loaded but the lines that a quote left open/),
    );
    expect(hint()).not.toMatch(/Everything else is loaded\.$/);
    unmount();
    act(() => useViewStore.getState().setLang('ar'));
    const arabic = setup(<RejectedList origin="stray.csv" rejected={[...rows(1), stray]} imported />);
    await waitFor(() => expect(hint()).toMatch(/إلا الأسطر التي قُرئت في سطرٍ فيه علامة اقتباس لا تُغلق/));
    arabic.unmount();
    // Without such a row, everything else is loaded.
    act(() => useViewStore.getState().setLang('en'));
    setup(<RejectedList origin="regional.csv" rejected={rows(2)} imported />);
    expect(hint()).toMatch(/Everything else is loaded\.$/);
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

  it("says a dataset's records' reasons in Arabic, in Drawdown's words and in zod's", async () => {
    act(() => useViewStore.getState().setLang('ar'));
    const rejected = checked();
    setup(<RejectedList origin="mine.json" rejected={rejected} imported={false} />);
    const ids = bundled().data.events.map((e) => e.id);
    await waitFor(() =>
      expect(reasons()).toEqual([
        `events[0] "${ids[0]}"dateليس تاريخاً في التقويم`,
        `events[2] "${ids[2]}"typeاختيار غير مقبول: يتوقع انتقاء أحد هذه الخيارات: "attack"|"strike"|"handover"|"political"|"dialogue"|"troops"|"operation"`,
        `events[3] "${ids[3]}"title.enمدخلات غير مقبولة: يفترض إدخال نص، ولكن تم إدخال عدد`,
        `events[4] "${ids[4]}"summary.arالنص العربي فارغ`,
        `events[1] "${ids[1]}"baseقاعدة غير معروفة: \u2068nowhere\u2069`,
      ]),
    );
    // The record and the field are the file's own names, read left to right; the reason in Arabic.
    const cells = screen.getAllByRole('cell');
    expect(cells.map((c) => c.getAttribute('dir'))).toEqual(Array(5).fill(['ltr', 'ltr', null]).flat());
    // In English, the checks' own words, as before.
    act(() => useViewStore.getState().setLang('en'));
    const why = screen.getAllByRole('cell').filter((_, i) => i % 3 === 2);
    expect(why.map((c) => c.textContent)).toEqual([
      'not a calendar date',
      'Invalid option: expected one of "attack"|"strike"|"handover"|"political"|"dialogue"|"troops"|"operation"',
      'Invalid input: expected string, received number',
      'Arabic text is empty',
      'unknown base nowhere',
    ]);
  });

  it("downloads a dataset's list from an Arabic page in the checks' English, without their codes", async () => {
    act(() => useViewStore.getState().setLang('ar'));
    const rejected = checked();
    setup(<RejectedList origin="mine.json" rejected={rejected} imported={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'تنزيل القائمة' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [blob] = vi.mocked(download).mock.calls[0]!;
    const file = JSON.parse(await blob.text()) as { rejected: object[] };
    expect(file.rejected).toEqual(rejected.map(({ record, field, message }) => ({ record, field, message })));
    expect(file.rejected[0]).toEqual({
      record: `events[0] "${bundled().data.events[0]!.id}"`,
      field: 'date',
      message: 'not a calendar date',
    });
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

  it('counts what it has written of a long list, and can be stopped', async () => {
    const user = userEvent.setup();
    setup(<RejectedList origin="regional.csv" rejected={rows(1_000_000)} imported />);
    await user.click(screen.getByRole('button', { name: 'Download the list' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/^Writing the list… [1-9][\d,]* of 1,000,000$/));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('button', { name: 'Download the list' });
    expect(download).not.toHaveBeenCalled();
  });
});
