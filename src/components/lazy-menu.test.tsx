import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { setup } from '../test/render';
import { LazyMenu } from './lazy-menu';

const Items = ({ what }: { what: string }) => <button type="button">{what}</button>;

describe('LazyMenu', () => {
  it('loads its items, with their props, only when it first opens', async () => {
    let loads = 0;
    const load = () => {
      loads++;
      return Promise.resolve(Items);
    };
    const { user } = setup(
      <LazyMenu
        className="m"
        summaryClassName="btn"
        label="Export"
        load={load}
        props={{ what: 'Save PNG' }}
      />,
    );
    expect(loads).toBe(0);
    expect(screen.queryByRole('button', { name: 'Save PNG' })).not.toBeInTheDocument();
    await user.click(screen.getByText('Export'));
    expect(await screen.findByRole('button', { name: 'Save PNG' })).toBeInTheDocument();
    expect(loads).toBeGreaterThan(0);
  });
});
