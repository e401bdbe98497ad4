import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resolveActor } from '../auth/actor';
import { authenticate } from '../auth/authenticate';
import { TOO_COMMON } from '../auth/password-policy';
import { databaseRateLimits } from '../auth/rate-limits';
import { actorFor, createStaff, signInSession, TEST_PASSWORD } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import { adminSnapshot, callerAs } from './admin-test-support';
import { checkResetToken, RESET_TOKEN_MESSAGES } from './check-reset-token';
import { completePasswordReset } from './complete-password-reset';

const t = withTestDatabase();
const NEW_PASSWORD = 'a much better passphrase';

async function linkFor(role: 'JOURNALIST' | 'EDITOR' = 'JOURNALIST') {
  const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
  const user = await createStaff(t.db, { role });
  const { link } = await callerAs(t.db, admin).staff.createResetLink({ userId: user.id });
  return { admin, user, link, token: link.path.replace('/reset-password/', '') };
}

const anonymous = () => callerAs(t.db, null).passwordReset;
const complete = (token: string, password = NEW_PASSWORD) => anonymous().complete({ token, password, confirmation: password });

describe('setting a password through a one-time link', () => {
  it('sets the password, uses up the link, signs out old sessions, and logs it', async () => {
    const { user, token } = await linkFor();
    const oldSessions = [await signInSession(t.db, user), await signInSession(t.db, user)];
    expect(await anonymous().check({ token })).toMatchObject({ status: 'valid', name: user.name, email: user.email });
    expect(await complete(token)).toEqual({ email: user.email });

    await expect(authenticate(t.db, { email: user.email, password: NEW_PASSWORD })).resolves.toEqual({ userId: user.id });
    await expect(authenticate(t.db, { email: user.email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    for (const claims of oldSessions) expect(await resolveActor(t.db, claims)).toBeNull();
    expect(await resolveActor(t.db, await signInSession(t.db, user))).not.toBeNull();
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await t.db.passwordResetToken.findFirstOrThrow()).usedAt).toBeInstanceOf(Date);
    expect(await t.db.auditEvent.findFirst({ where: { action: 'staff.password_set' }, select: { actorId: true, targetId: true, after: true } })).toEqual({
      actorId: user.id,
      targetId: user.id,
      after: { sessionsEnded: 2 },
    });
  });

  it('works once only', async () => {
    const { user, token } = await linkFor();
    await complete(token);
    const before = await adminSnapshot(t.db);
    await expect(complete(token, 'another password entirely')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: RESET_TOKEN_MESSAGES.used });
    expect(await anonymous().check({ token })).toEqual({ status: 'used' });
    expect(await adminSnapshot(t.db)).toEqual(before);
    await expect(authenticate(t.db, { email: user.email, password: NEW_PASSWORD })).resolves.toBeTruthy();
  });

  it('two submissions of one link at once: exactly one succeeds', async () => {
    const { token } = await linkFor();
    const results = await Promise.allSettled([complete(token, 'first of two passwords'), complete(token, 'second of two passwords')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await t.db.auditEvent.count({ where: { action: 'staff.password_set' } })).toBe(1);
  });

  it('expires after 24 hours', async () => {
    const { link, token } = await linkFor();
    const later = new Date(link.expiresAt.getTime() + 1);
    await expect(completePasswordReset({ db: t.db, limits: databaseRateLimits(t.db), ip: null, token, password: NEW_PASSWORD, now: later })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: RESET_TOKEN_MESSAGES.expired,
    });
    expect(await checkResetToken({ db: t.db, token, now: new Date(link.expiresAt.getTime() - 1000) })).toMatchObject({ status: 'valid' });
    expect(await checkResetToken({ db: t.db, token, now: link.expiresAt })).toEqual({ status: 'expired' });
    await t.db.passwordResetToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await anonymous().check({ token })).toEqual({ status: 'expired' });
    const before = await adminSnapshot(t.db);
    await expect(complete(token)).rejects.toMatchObject({ message: RESET_TOKEN_MESSAGES.expired });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });

  it('rejects an unknown or malformed token without touching anything', async () => {
    await linkFor();
    const before = await adminSnapshot(t.db);
    const wrong = randomBytes(32).toString('base64url');
    expect(await anonymous().check({ token: wrong })).toEqual({ status: 'unknown' });
    await expect(complete(wrong)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: RESET_TOKEN_MESSAGES.unknown });
    await expect(complete('short')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });

  it('wants at least 12 characters, not a common password, typed twice the same', async () => {
    const { token } = await linkFor();
    const before = await adminSnapshot(t.db);
    await expect(complete(token, 'eleven-char')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(complete(token, 'password1234')).rejects.toThrow(TOO_COMMON);
    await expect(anonymous().complete({ token, password: NEW_PASSWORD, confirmation: 'something else' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await adminSnapshot(t.db)).toEqual(before);
    expect(await anonymous().check({ token })).toMatchObject({ status: 'valid' });
  });

  it('a newer link replaces the older one', async () => {
    const { admin, user, token: first } = await linkFor();
    const { link: second } = await callerAs(t.db, admin).staff.createResetLink({ userId: user.id });
    expect(await anonymous().check({ token: first })).toEqual({ status: 'expired' });
    await complete(second.path.replace('/reset-password/', ''));
    expect(await t.db.auditEvent.count({ where: { action: 'staff.reset_link_created', targetId: user.id, actorId: admin.id } })).toBe(2);
  });

  it('does not work for a deactivated account', async () => {
    const { user, token } = await linkFor();
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await anonymous().check({ token })).toEqual({ status: 'inactive' });
    await expect(complete(token)).rejects.toMatchObject({ message: RESET_TOKEN_MESSAGES.inactive });
  });

  it('blocks an address after 10 bad links, even for a good one, and changes nothing', async () => {
    const { token } = await linkFor();
    const from = (ip: string) => createCaller({ db: t.db, actor: null, ip }).passwordReset;
    for (let i = 0; i < 9; i++) expect(await from('192.0.2.10').check({ token: randomBytes(32).toString('base64url') })).toEqual({ status: 'unknown' });
    await expect(from('192.0.2.10').complete({ token: randomBytes(32).toString('base64url'), password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many attempts. Try again in 15 minutes.',
    });
    const before = await adminSnapshot(t.db);
    await expect(from('192.0.2.10').check({ token })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(from('192.0.2.10').complete({ token, password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await adminSnapshot(t.db)).toEqual(before);
    await expect(from('192.0.2.11').complete({ token, password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).resolves.toHaveProperty('email');
  });
});
