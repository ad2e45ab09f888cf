import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { useState } from 'react';
import { setup } from '../../src/test/render';
import { ViewBoundary } from '../../src/components/view-boundary';
import { FilterBar } from '../../src/features/filters/filter-bar';

let broken = true;
function Fragile() {
  const [n] = useState(0);
  if (broken) throw new Error('the troop series is corrupt');
  return <p>{`recovered ${n}`}</p>;
}

describe('view error boundaries', () => {
  it('keep a crash inside its view, say so in words, and retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = setup(
      <>
        <ViewBoundary>
          <Fragile />
        </ViewBoundary>
        <ViewBoundary>
          <FilterBar />
        </ViewBoundary>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This view failed: the troop series is corrupt');
    expect(screen.getByRole('status')).toHaveTextContent('35 of 35 events');
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('recovered 0')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
