import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { setup } from '../test/render';
import { LazyView, preload } from './lazy-view';

const View = () => <p>the view</p>;

describe('LazyView', () => {
  it('says it is loading, then shows the view', async () => {
    let done: (v: typeof View) => void = () => {};
    const load = vi.fn(() => new Promise<typeof View>((r) => (done = r)));
    setup(<LazyView area="a" load={load} />);
    expect(screen.getByText('Loading the dataset…')).toBeInTheDocument();
    // The download starts in a task after the mount (see preload).
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    expect(screen.getByText('Loading the dataset…')).toBeInTheDocument();
    done(View);
    expect(await screen.findByText('the view')).toBeInTheDocument();
  });

  it('shows a view whose code was preloaded in its turn, with no loading message', async () => {
    const load = () => Promise.resolve(View);
    await preload(load);
    setup(<LazyView area="a" load={load} />);
    expect(screen.queryByText('Loading the dataset…')).not.toBeInTheDocument();
    expect(await screen.findByText('the view')).toBeInTheDocument();
  });

  it('mounts views one at a time: each waits for the one before to commit', async () => {
    const mounted: string[] = [];
    const make = (name: string) => () => {
      mounted.push(name);
      return <p>{name}</p>;
    };
    const loads = ['first', 'second', 'third'].map((n) => () => Promise.resolve(make(n)));
    setup(
      <>
        {loads.map((l, k) => (
          <LazyView key={k} area="a" load={l} />
        ))}
      </>,
    );
    expect(await screen.findByText('first')).toBeInTheDocument();
    // The first view's own task: the others have not rendered yet.
    expect(mounted).toEqual(['first']);
    expect(await screen.findByText('third')).toBeInTheDocument();
    expect(mounted).toEqual(['first', 'second', 'third']);
  });

  it('puts a failed download in the view’s error boundary, whose retry loads again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const load = () => (fail ? Promise.reject(new Error('chunk missing')) : Promise.resolve(View));
    const { user } = setup(<LazyView area="a" load={load} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk missing');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('the view')).toBeInTheDocument();
  });
});
