import { act, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SHOW_AFTER_MS,
  TransferProgress,
  transferText,
  useShownAfter,
} from '@/components/dashboard/TransferProgress';

afterEach(() => {
  vi.useRealTimers();
});

describe('the progress of an export or import', () => {
  it('is a labelled progress bar with a polite status in steps of ten percent', () => {
    const { rerender } = render(
      <TransferProgress transfer={{ label: 'Exporting', done: 37, of: 100 }} />,
    );
    const bar = screen.getByRole('progressbar', { name: 'Exporting' });
    expect(bar.getAttribute('value')).toBe('37');
    expect(bar.getAttribute('max')).toBe('100');
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Exporting: 30%');
    rerender(<TransferProgress transfer={{ label: 'Exporting', done: 39, of: 100 }} />);
    expect(screen.getByRole('status').textContent).toBe('Exporting: 30%');
    rerender(<TransferProgress transfer={{ label: 'Saving the import', done: 100, of: 100 }} />);
    expect(screen.getByRole('progressbar', { name: 'Saving the import' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Saving the import: 100%');
  });

  it('is indeterminate until the total is known', () => {
    render(<TransferProgress transfer={{ label: 'Checking the file', done: 0, of: null }} />);
    const bar = screen.getByRole('progressbar', { name: 'Checking the file' });
    expect(bar.hasAttribute('value')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Checking the file…');
  });

  it('never says more than done, even when told more than the total', () => {
    expect(transferText({ label: 'Saving', done: 12, of: 10 })).toBe('Saving: 100%');
    expect(transferText({ label: 'Saving', done: 0, of: 0 })).toBe('Saving…');
  });

  it('shows only for work that takes longer than 200 ms', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ active }) => useShownAfter(active), {
      initialProps: { active: true },
    });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(SHOW_AFTER_MS - 1));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
    rerender({ active: false });
    expect(result.current).toBe(false);
    // a quick one never shows
    rerender({ active: true });
    act(() => vi.advanceTimersByTime(150));
    rerender({ active: false });
    act(() => vi.advanceTimersByTime(500));
    expect(result.current).toBe(false);
  });
});
