import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring preview links: the token names the article and the expiry, signed with the server's
 * secret (the one that signs sessions). Anyone holding it may read that article's latest saved version
 * until it expires; it grants nothing else.
 */
export const MAX_PREVIEW_HOURS = 7 * 24;

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error('NEXTAUTH_SECRET is not set; preview links cannot be signed.');
  return value;
}

const sign = (payload: string) => createHmac('sha256', secret()).update(`preview:${payload}`).digest('base64url');

export function createPreviewToken(articleId: string, expiresAt: Date): string {
  const payload = Buffer.from(JSON.stringify({ a: articleId, e: expiresAt.getTime() })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

/** The article id, when the token is genuine and unexpired; otherwise the reason it is not. */
export function readPreviewToken(token: string, now = new Date()): { articleId: string } | { error: 'invalid' | 'expired' } {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return { error: 'invalid' };
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { error: 'invalid' };
  try {
    const { a, e } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { a: string; e: number };
    return e > now.getTime() ? { articleId: a } : { error: 'expired' };
  } catch {
    return { error: 'invalid' };
  }
}
