import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { setup } from '../../test/render';
import { TroopChart } from './troop-chart';

describe('TroopChart', () => {
  it('is a section named by its heading, with its figures as a table', () => {
    setup(<TroopChart />);
    const view = screen.getByRole('region', { name: 'Troop levels' });
    const table = within(view).getByRole('table', { name: 'Troop levels by date and force' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 11);
    expect(within(table).getByRole('row', { name: 'August 2020 US troops about 5,000' })).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /September 2020 US troops 3,000 \(Announced target\)/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: '9 December 2021 All foreign troops about 3,500' }),
    ).toBeInTheDocument();
  });

  it('tells the analyst how to brush a date range', () => {
    setup(<TroopChart />);
    expect(screen.getByText('Drag across the chart to set the date range.')).toBeInTheDocument();
  });
});
