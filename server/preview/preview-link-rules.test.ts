import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import { ROLES } from '../auth/permissions';
import { mayRevokePreviewLink, previewLinkStatus } from './preview-link-rules';

const actor = (id: string, role: Actor['role']): Actor => ({ id, role, name: id, email: `${id}@example.test` });

describe('who may revoke a preview link', () => {
  it.each(ROLES)('%s: the maker and the byline authors may; others only when they edit any article', (role) => {
    const link = { createdById: 'maker', bylineUserIds: ['author', null] };
    expect(mayRevokePreviewLink(actor('maker', role), link)).toBe(true);
    expect(mayRevokePreviewLink(actor('author', role), link)).toBe(true);
    expect(mayRevokePreviewLink(actor('someone-else', role), link)).toBe(role !== 'JOURNALIST');
  });
});

describe('a preview link’s status', () => {
  const now = new Date('2026-11-27T10:00:00Z');
  it('is revoked once revoked, whatever its expiry; otherwise active until it expires', () => {
    expect(previewLinkStatus({ expiresAt: new Date(now.getTime() + 1), revokedAt: null }, now)).toBe('active');
    expect(previewLinkStatus({ expiresAt: now, revokedAt: null }, now)).toBe('expired');
    expect(previewLinkStatus({ expiresAt: new Date(now.getTime() + 1), revokedAt: now }, now)).toBe('revoked');
    expect(previewLinkStatus({ expiresAt: new Date(now.getTime() - 1), revokedAt: now }, now)).toBe('revoked');
  });
});
