import { beforeAll, describe, expect, it } from 'vitest';
import { createPreviewToken, readPreviewToken } from './preview-token';

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = 'test-secret-for-preview-links-only';
});

const NOW = new Date('2026-11-25T10:00:00Z');
const id = '0190a0a0-0000-7000-8000-000000000001';

describe('preview tokens', () => {
  it('open the article they name until they expire', () => {
    const token = createPreviewToken(id, new Date(NOW.getTime() + 3_600_000));
    expect(readPreviewToken(token, NOW)).toEqual({ linkId: id });
    expect(readPreviewToken(token, new Date(NOW.getTime() + 3_600_001))).toEqual({ error: 'expired' });
  });

  it('refuse a token whose link or expiry was changed, or whose signature is not ours', () => {
    const token = createPreviewToken(id, new Date(NOW.getTime() + 3_600_000));
    const [, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ l: 'another-link', e: NOW.getTime() + 9e12 })).toString('base64url');
    expect(readPreviewToken(`${forged}.${signature}`, NOW)).toEqual({ error: 'invalid' });
    expect(readPreviewToken(`${token}x`, NOW)).toEqual({ error: 'invalid' });
    expect(readPreviewToken('not-a-token', NOW)).toEqual({ error: 'invalid' });
    process.env.NEXTAUTH_SECRET = 'a-different-server-secret';
    expect(readPreviewToken(token, NOW)).toEqual({ error: 'invalid' });
  });
});
