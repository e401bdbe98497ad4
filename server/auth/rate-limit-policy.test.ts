import { describe, expect, it } from 'vitest';
import { blockSeconds, RATE_LIMIT_POLICY, tooManyAttemptsMessage, type LimitRule } from './rate-limit-policy';

describe('rate-limit policy', () => {
  it('escalates an account block 1, 2, 5, 10, 15 minutes, then stays at 15', () => {
    const rule = RATE_LIMIT_POLICY.signIn.account;
    expect([0, 1, 2, 3, 4, 5, 20].map((strikes) => blockSeconds(rule, strikes) / 60)).toEqual([1, 2, 5, 10, 15, 15, 15]);
  });
  it('never blocks anything for longer than 15 minutes', () => {
    for (const rules of Object.values(RATE_LIMIT_POLICY)) {
      for (const rule of Object.values(rules) as LimitRule[]) expect(Math.max(...rule.blocks)).toBeLessThanOrEqual(15 * 60);
    }
  });
  it('says how long to wait, rounded up', () => {
    expect(tooManyAttemptsMessage(120_000)).toBe('Too many attempts. Try again in 2 minutes.');
    expect(tooManyAttemptsMessage(60_001)).toBe('Too many attempts. Try again in 2 minutes.');
    expect(tooManyAttemptsMessage(60_000)).toBe('Too many attempts. Try again in 1 minute.');
    expect(tooManyAttemptsMessage(1_500)).toBe('Too many attempts. Try again in 2 seconds.');
    expect(tooManyAttemptsMessage(0)).toBe('Too many attempts. Try again in 1 second.');
  });
});
