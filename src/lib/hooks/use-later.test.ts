import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useLater } from './use-later';

afterEach(() => vi.useRealTimers());

describe('useLater', () => {
  it('is false in the first render and true from a task after the commit', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useLater());
    expect(result.current).toBe(false);
    act(() => vi.runOnlyPendingTimers());
    expect(result.current).toBe(true);
  });
});
