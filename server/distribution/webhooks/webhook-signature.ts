import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Stripe-style signatures. Each delivery carries
 *   Masthead-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
 * The timestamp is signed with the body, so a captured request cannot be replayed later than the
 * receiver's window (REPLAY_WINDOW_SECONDS), and the body cannot be altered.
 */
export const SIGNATURE_HEADER = 'Masthead-Signature';
export const REPLAY_WINDOW_SECONDS = 300;

export function signPayload({ secret, body, timestamp }: { secret: string; body: string; timestamp: number }): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/** The receiver's check (the README shows the same few lines): signature right and fresh. */
export function verifySignature({
  secret,
  body,
  header,
  now = Date.now(),
  windowSeconds = REPLAY_WINDOW_SECONDS,
}: {
  secret: string;
  body: string;
  header: string | null;
  now?: number;
  windowSeconds?: number;
}): boolean {
  const parts = new Map((header ?? '').split(',').map((part) => part.split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = Buffer.from(parts.get('v1') ?? '', 'hex');
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > windowSeconds) return false;
  const expected = Buffer.from(signPayload({ secret, body, timestamp }).split('v1=')[1]!, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
