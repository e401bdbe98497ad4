import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring preview tokens: the token names a stored PreviewLink row and its expiry, signed with the
 * server's secret (the one that signs sessions), so a guessed or altered token is refused before any
 * database read. Whether the link still works (not revoked, its maker may still read the article, the
 * article is not archived) is for the row to say: server/preview/open-preview-link.ts.
 */
export const MAX_PREVIEW_HOURS = 7 * 24;

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error('NEXTAUTH_SECRET is not set; preview links cannot be signed.');
  return value;
}

const sign = (payload: string) => createHmac('sha256', secret()).update(`preview:${payload}`).digest('base64url');

export function createPreviewToken(linkId: string, expiresAt: Date): string {
  const payload = Buffer.from(JSON.stringify({ l: linkId, e: expiresAt.getTime() })).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

/** The link id, when the token is genuine and unexpired; otherwise the reason it is not. */
export function readPreviewToken(token: string, now = new Date()): { linkId: string } | { error: 'invalid' | 'expired' } {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return { error: 'invalid' };
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { error: 'invalid' };
  try {
    const { l, e } = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { l: unknown; e: unknown };
    if (typeof l !== 'string' || typeof e !== 'number') return { error: 'invalid' };
    return e > now.getTime() ? { linkId: l } : { error: 'expired' };
  } catch {
    return { error: 'invalid' };
  }
}
