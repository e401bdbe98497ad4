/**
 * THE rate-limit policy for everything that checks a secret: which failures are counted, per what, and
 * how long a caller then waits. Pure data, read by server/auth/rate-limits.ts.
 *
 * Failures are counted, never successes. Once `failures` are counted within `windowSeconds`, the key is
 * blocked for the next duration in `blocks` (the first block, then the second, … the last one repeats),
 * so a guesser slows down more and more while a real user who mistypes a few times barely notices.
 * Every block is short (at most 15 minutes): an attacker who knows an address cannot lock its owner out
 * for long, and a successful sign-in clears the account's count and its escalation.
 */
export type LimitRule = {
  failures: number;
  windowSeconds: number;
  /** Block durations in seconds, escalating; the last repeats. */
  blocks: readonly number[];
};

/** The keys a failure is counted under: the account (its email or user id) and the caller's address. */
export type LimitDimension = 'account' | 'ip';

const MINUTE = 60;

/** Escalation for one account: 1, 2, 5, 10, then 15 minutes per further round of failures. */
const ACCOUNT_BLOCKS = [1 * MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE] as const;

export const RATE_LIMIT_POLICY = {
  /** Email and password. Per account: 5 wrong passwords, then waits. Per address: broad (offices share one). */
  signIn: {
    account: { failures: 5, windowSeconds: 60 * MINUTE, blocks: ACCOUNT_BLOCKS },
    ip: { failures: 50, windowSeconds: 15 * MINUTE, blocks: [15 * MINUTE] },
  },
  /** The authenticator or recovery code, after the right password. */
  secondFactor: {
    account: { failures: 5, windowSeconds: 15 * MINUTE, blocks: ACCOUNT_BLOCKS },
    ip: { failures: 50, windowSeconds: 15 * MINUTE, blocks: [15 * MINUTE] },
  },
  /** Set-password links: tokens are unguessable, so any run of bad ones from one address is a probe. */
  passwordReset: {
    ip: { failures: 10, windowSeconds: 60 * MINUTE, blocks: [15 * MINUTE] },
  },
  /** The current password or code asked for by changing the password and turning off two-factor. */
  reauthenticate: {
    account: { failures: 5, windowSeconds: 60 * MINUTE, blocks: ACCOUNT_BLOCKS },
  },
} as const satisfies Record<string, Partial<Record<LimitDimension, LimitRule>>>;

export type LimitedAction = keyof typeof RATE_LIMIT_POLICY;

/**
 * The content API counts requests, not failures: each API key at its own per-minute limit (set by the
 * admin who made it), and callers without a key per address at `anonymousPerMinute`. Over it: 429 with
 * Retry-After (server/distribution/content-api/api-rate-limit.ts).
 */
export const API_REQUEST_POLICY = { windowSeconds: MINUTE, anonymousPerMinute: 60 } as const;

/** How long escalation is remembered: a day without a block starts again at the first, shortest one. */
export const STRIKES_MEMORY_SECONDS = 24 * 60 * MINUTE;

/** The block after `strikes` earlier blocks (0 = the first). */
export function blockSeconds(rule: LimitRule, strikes: number): number {
  const index = Math.min(Math.max(strikes, 0), rule.blocks.length - 1);
  return rule.blocks[index] ?? rule.windowSeconds;
}

/** "Too many attempts. Try again in 2 minutes." Rounded up, so the wait shown is never too short. */
export function tooManyAttemptsMessage(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  if (seconds < 60) return `Too many attempts. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}
