import { afterEach, describe, expect, it, vi } from 'vitest';
import { revalidateTwice } from './revalidate-twice';

afterEach(() => {
  vi.useRealTimers();
});

describe('revalidateTwice', () => {
  it('expires at once, and the same tags again a moment later', async () => {
    vi.useFakeTimers();
    const calls: [string, readonly string[]][] = [];
    const revalidate = revalidateTwice({
      now: (tags) => Promise.resolve(void calls.push(['now', tags])),
      later: (tags) => Promise.resolve(void calls.push(['later', tags])),
      afterMs: 1_000,
    });
    await revalidate(['article:abc', 'home']);
    expect(calls).toEqual([['now', ['article:abc', 'home']]]);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([
      ['now', ['article:abc', 'home']],
      ['later', ['article:abc', 'home']],
    ]);
  });

  it('schedules nothing when a write touched no public page', async () => {
    vi.useFakeTimers();
    const later = vi.fn(() => Promise.resolve());
    await revalidateTwice({ now: () => Promise.resolve(), later })([]);
    await vi.runAllTimersAsync();
    expect(later).not.toHaveBeenCalled();
  });
});
