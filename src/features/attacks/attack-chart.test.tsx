import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { setup } from '../../test/render';
import { useViewStore } from '../../lib/store/view-store';
import { AttackChart } from './attack-chart';

const monthRows = () =>
  within(screen.getByRole('table', { name: 'Attacks and rockets per month' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);

describe('AttackChart', () => {
  it('lists the months with attacks and rockets where the sources give them', () => {
    setup(<AttackChart />);
    expect(screen.getByRole('region', { name: 'Attacks on bases per month' })).toBeInTheDocument();
    expect(monthRows()).toEqual(['December 2019130', 'January 20201–', 'March 20202–', 'March 20211–']);
  });

  it('follows the governorate and type filters but not the date it sets', () => {
    setup(<AttackChart />);
    act(() => useViewStore.getState().setFacet('provinces', ['IQ-KI']));
    expect(monthRows()).toEqual(['December 2019130']);
    act(() => useViewStore.getState().setRange('2021-01-01', '2021-12-31'));
    expect(monthRows()).toEqual(['December 2019130']);
    act(() => useViewStore.getState().setFacet('types', ['handover']));
    expect(monthRows()).toEqual([]);
  });

  it('says that sources report more attacks than they date one by one', () => {
    setup(<AttackChart />);
    expect(
      screen.getByText(/at least 25 attacks with over 160 rockets between October 2019 and March 2020/),
    ).toBeVisible();
  });
});
