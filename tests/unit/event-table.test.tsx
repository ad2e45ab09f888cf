import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { setup } from '../../src/test/render';
import { useViewStore } from '../../src/lib/store/view-store';
import { EventTable } from '../../src/features/events/event-table';
import { DetailPanel } from '../../src/features/detail/detail-panel';
import { fakeSize } from '../../src/test/layout';

let restore: () => void;
beforeAll(() => (restore = fakeSize('.table-scroll', 900, 480)));
afterAll(() => restore());

/** The table beside the detail panel, with the event of this title picked in it. */
async function pick(title: string) {
  const { user } = setup(
    <>
      <EventTable />
      <DetailPanel />
    </>,
  );
  await user.click(screen.getByRole('button', { name: title }));
  return user;
}

/** The items of the list under a heading of a region. */
const listUnder = (region: string, heading: string) =>
  within(
    within(screen.getByRole('region', { name: region })).getByRole('heading', { name: heading })
      .nextElementSibling as HTMLElement,
  )
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('EventTable', () => {
  it('shows events sorted by date, and re-sorts from the column header', async () => {
    const { user } = setup(<EventTable />);
    const table = screen.getByRole('table');
    const dateHeader = within(table).getByRole('columnheader', { name: /Date/ });
    expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    const firstTitle = () => within(table).getAllByRole('row')[1]!.textContent;
    expect(firstTitle()).toMatch(/^2003.*US invasion of Iraq/);
    await user.click(within(dateHeader).getByRole('button'));
    expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
    expect(firstTitle()).toMatch(/^9 December 2021/);
  });

  it('shows only the filtered events', () => {
    useViewStore.getState().setFacet('types', ['attack']);
    setup(<EventTable />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent?.match(/Attack on a base/) !== null)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('marks disputed figures and dates instead of picking one', () => {
    useViewStore.getState().setFacet('bases', ['taji', 'k1']);
    setup(<EventTable />);
    const taji = screen.getByRole('row', { name: /Two rocket attacks on Camp Taji/ });
    expect(within(taji).getAllByText(/Disputed/)).toHaveLength(2);
    const k1 = screen.getByRole('row', { name: /Rocket attack on K-1/ });
    expect(within(k1).getByTitle('Disputed')).toBeInTheDocument();
    expect(within(k1).getByText('about 30')).toBeInTheDocument();
  });

  it('opens the detail panel with every quote and the dispute when a row is picked', async () => {
    const user = await pick('Two rocket attacks on Camp Taji');
    expect(useViewStore.getState().selected).toBe('2020-03-taji-attacks');
    const detail = screen.getByRole('region', { name: 'Event details' });
    expect(within(detail).getByRole('heading', { name: /Sources disagree/ })).toBeInTheDocument();
    const quotes = detail.querySelectorAll('blockquote[lang="ar"]');
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    expect(within(detail).getByText(/Source 003 says 'last week'/)).toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Event details' })).not.toBeInTheDocument();
  });

  it("lists an event's figures as label and figure, in English and in Arabic", async () => {
    await pick('Rocket attack on K-1 kills a US contractor');
    // The record: one attack, about 30 rockets, one killed (source 002).
    expect(listUnder('Event details', 'Figures')).toEqual(['Attacks: 1', 'Rockets: about 30', 'Killed: 1']);
    act(() => useViewStore.getState().setLang('ar'));
    expect(listUnder('تفاصيل الحدث', 'الأرقام')).toEqual(['الهجمات: ١', 'الصواريخ: نحو ٣٠', 'القتلى: ١']);
    act(() => useViewStore.getState().setLang('en'));
  });
});
