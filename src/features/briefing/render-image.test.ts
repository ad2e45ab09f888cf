import { describe, expect, it } from 'vitest';
import { settled } from './render-image';

describe('image export', () => {
  it('waits for a view still catching up with a filter change before capturing', async () => {
    const views = document.createElement('div');
    const view = document.createElement('section');
    view.setAttribute('aria-busy', 'true');
    views.append(view);
    let done = false;
    const waiting = settled(views).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 80));
    expect(done).toBe(false);
    view.removeAttribute('aria-busy');
    await waiting;
    expect(done).toBe(true);
  });

  it('captures at once when no view is busy: no frame waited', async () => {
    let done = false;
    void settled(document.createElement('div')).then(() => (done = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(true);
  });
});
