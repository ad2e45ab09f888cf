import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { setup } from '../../test/render';
import { useViewStore } from '../../lib/store/view-store';
import { RejectedList } from './rejected-list';

const problems = (n: number) =>
  Array.from({ length: n }, (_, k) => ({
    record: `row ${k + 2} "SYR${k}"`,
    field: 'country',
    message: 'outside Iraq (country: Syria)',
  }));

describe('the list of what a file set aside', () => {
  it("calls an export's rows set aside, not records that failed the schema", () => {
    setup(<RejectedList origin="regional.csv" rejected={problems(3)} imported />);
    expect(screen.getByText('3 rows set aside')).toBeInTheDocument();
    expect(screen.getByText(/Rows outside Iraq, or that could not be read as events/)).toBeInTheDocument();
    expect(screen.queryByText(/failed the schema/)).not.toBeInTheDocument();
  });

  it("says so in Arabic too, with the count's own plural", () => {
    act(() => useViewStore.getState().setLang('ar'));
    setup(<RejectedList origin="regional.csv" rejected={problems(3)} imported />);
    expect(screen.getByText('استُبعدت ٣ أسطر')).toBeInTheDocument();
  });

  it("calls a dataset's records rejected, and shows the first 200 of them", () => {
    setup(<RejectedList origin="big.json" rejected={problems(250)} imported={false} />);
    expect(screen.getByText('250 records rejected')).toBeInTheDocument();
    expect(screen.getByText(/failed the schema/)).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(201);
    expect(screen.getByText('and 50 more')).toBeInTheDocument();
  });
});
