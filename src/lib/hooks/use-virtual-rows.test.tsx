import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useVirtualRows } from './use-virtual-rows';

const ROW = 30;

/** A scroll box listing rows by number, with the spacers' heights as the page would size them. */
function Rows({ count, jump }: { count: number; jump?: { to: number; align: 'auto' | 'center' } }) {
  const { scrollRef, items, padTop, padBottom, virtualizer } = useVirtualRows(count, ROW);
  return (
    <div ref={scrollRef} data-testid="box">
      <div data-testid="top" style={{ blockSize: padTop }} />
      <ul>
        {items.map((v) => (
          <li key={v.index}>{`row ${v.index}`}</li>
        ))}
      </ul>
      <div data-testid="bottom" style={{ blockSize: padBottom }} />
      {jump && (
        <button type="button" onClick={() => virtualizer.scrollToIndex(jump.to, { align: jump.align })}>
          jump
        </button>
      )}
    </div>
  );
}

const shown = () => screen.getAllByRole('listitem').map((li) => li.textContent);

describe('useVirtualRows', () => {
  it('renders a screenful and a dozen rows past it, and spacers for the million others', () => {
    render(<Rows count={1_000_000} />);
    // No layout here: a first screen of 480 px is assumed, 16 rows, and 12 more below.
    expect(shown()).toHaveLength(28);
    expect(shown()[0]).toBe('row 0');
    expect(screen.getByTestId('top').style.blockSize).toBe('0px');
    expect(screen.getByTestId('bottom').style.blockSize).toBe(`${(1_000_000 - 28) * ROW}px`);
  });

  it('follows the scroll position, with a dozen rows either side', () => {
    render(<Rows count={1_000_000} />);
    const box = screen.getByTestId('box');
    act(() => {
      box.scrollTop = 500_000 * ROW;
      fireEvent.scroll(box);
    });
    expect(shown()[0]).toBe(`row ${500_000 - 12}`);
    expect(shown().at(-1)).toBe(`row ${500_000 + 16 + 11}`);
    expect(screen.getByTestId('top').style.blockSize).toBe(`${(500_000 - 12) * ROW}px`);
  });

  it('keeps to the rows there are when the list shrinks under the scroll position', () => {
    const { rerender } = render(<Rows count={1_000} />);
    const box = screen.getByTestId('box');
    act(() => {
      box.scrollTop = 900 * ROW;
      fireEvent.scroll(box);
    });
    rerender(<Rows count={5} />);
    expect(shown().at(-1)).toBe('row 4');
    expect(screen.getByTestId('bottom').style.blockSize).toBe('0px');
    rerender(<Rows count={0} />);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('scrolls a row into view: to its top from below, to its bottom from above, or centred', () => {
    const box = () => screen.getByTestId('box');
    const { rerender } = render(<Rows count={1_000} jump={{ to: 100, align: 'auto' }} />);
    Object.defineProperty(box(), 'clientHeight', { configurable: true, value: 300 });
    fireEvent.click(screen.getByRole('button'));
    // Row 100 ends at 3,030 px; a 300 px box shows it last.
    expect(box().scrollTop).toBe(101 * ROW - 300);
    rerender(<Rows count={1_000} jump={{ to: 10, align: 'auto' }} />);
    fireEvent.click(screen.getByRole('button'));
    expect(box().scrollTop).toBe(10 * ROW);
    rerender(<Rows count={1_000} jump={{ to: 500, align: 'center' }} />);
    fireEvent.click(screen.getByRole('button'));
    expect(box().scrollTop).toBe(500 * ROW - (300 - ROW) / 2);
  });
});
