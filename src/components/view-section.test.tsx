import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import { setup } from '../test/render';
import { ViewSection } from './view-section';

/** A view whose busy state a button turns on and off (labels are the test's own). */
function Host() {
  const [busy, setBusy] = useState(true);
  return (
    <>
      <button onClick={() => setBusy((b) => !b)}>toggle</button>
      <ViewSection title="Rocket attacks" busy={busy}>
        <p>bars</p>
      </ViewSection>
    </>
  );
}
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const toggle = () => fireEvent.click(screen.getByRole('button', { name: 'toggle' }));

describe('ViewSection', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('is marked busy at once, but dims only when the wait lasts, and brightens at once', () => {
    setup(<Host />);
    const region = screen.getByRole('region', { name: 'Rocket attacks' });
    expect(region).toHaveAttribute('aria-busy', 'true');
    wait(150);
    // A short wait (most filter changes) never dims the view.
    expect(region).not.toHaveAttribute('data-dim');
    wait(100);
    expect(region).toHaveAttribute('data-dim');
    toggle();
    expect(region).not.toHaveAttribute('aria-busy');
    expect(region).not.toHaveAttribute('data-dim');
  });

  it('does not dim for a wait that ends before it would, nor for the next one at once', () => {
    setup(<Host />);
    const region = screen.getByRole('region', { name: 'Rocket attacks' });
    wait(150);
    toggle();
    wait(100);
    expect(region).not.toHaveAttribute('data-dim');
    // The next wait counts from its own start.
    toggle();
    wait(150);
    expect(region).not.toHaveAttribute('data-dim');
    wait(100);
    expect(region).toHaveAttribute('data-dim');
  });
});
