import { describe, expect, it } from 'vitest';
import { actorFor, createStaff, signInSession, TEST_PASSWORD } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { endSignedOutSession } from '../session/end-signed-out-session';
import { SESSION_MAX_AGE_SECONDS } from '../session/session-policy';
import { resolveActor } from './actor';
import { ACCOUNT_DEACTIVATED, authenticate, WRONG_CREDENTIALS } from './authenticate';

const t = withTestDatabase();

describe('authenticate', () => {
  it('accepts the right password, with the email in any case and padded', async () => {
    const user = await createStaff(t.db, { email: 'dana@example.test' });
    const claims = await authenticate(t.db, { email: '  Dana@Example.TEST ', password: TEST_PASSWORD });
    expect(claims).toEqual({ userId: user.id });
  });

  it('gives one message for a wrong password and for an unknown email', async () => {
    await createStaff(t.db, { email: 'dana@example.test' });
    await expect(authenticate(t.db, { email: 'dana@example.test', password: 'nope' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: WRONG_CREDENTIALS,
    });
    await expect(authenticate(t.db, { email: 'nobody@example.test', password: TEST_PASSWORD })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: WRONG_CREDENTIALS,
    });
  });

  it('refuses malformed input with the same message', async () => {
    await expect(authenticate(t.db, { email: 'not-an-email', password: '' })).rejects.toMatchObject({
      message: WRONG_CREDENTIALS,
    });
    await expect(authenticate(t.db, null)).rejects.toMatchObject({ message: WRONG_CREDENTIALS });
  });

  it('tells a deactivated user so, once the password is right', async () => {
    await createStaff(t.db, { email: 'gone@example.test', active: false });
    await expect(authenticate(t.db, { email: 'gone@example.test', password: TEST_PASSWORD })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: ACCOUNT_DEACTIVATED,
    });
    await expect(authenticate(t.db, { email: 'gone@example.test', password: 'wrong' })).rejects.toMatchObject({
      message: WRONG_CREDENTIALS,
    });
  });
});

describe('resolveActor reads the session row and the user on every request', () => {
  it('returns the current role, not the one at sign-in', async () => {
    const user = await createStaff(t.db, { role: 'JOURNALIST' });
    const claims = await signInSession(t.db, user);
    expect(await resolveActor(t.db, claims)).toEqual(actorFor(user));
    await t.db.user.update({ where: { id: user.id }, data: { role: 'EDITOR' } });
    expect((await resolveActor(t.db, claims))?.role).toBe('EDITOR');
  });

  it('drops a deactivated user at once', async () => {
    const user = await createStaff(t.db);
    const claims = await signInSession(t.db, user);
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolveActor(t.db, claims)).toBeNull();
  });

  it('refuses an ended session, and only that one', async () => {
    const user = await createStaff(t.db);
    const laptop = await signInSession(t.db, user);
    const phone = await signInSession(t.db, user);
    await endSignedOutSession({ db: t.db, sessionId: laptop.sessionId });
    expect(await resolveActor(t.db, laptop)).toBeNull();
    expect(await resolveActor(t.db, phone)).toEqual(actorFor(user));
  });

  it('refuses a session claimed for another user than its own', async () => {
    const user = await createStaff(t.db);
    const other = await createStaff(t.db);
    const { sessionId } = await signInSession(t.db, user);
    expect(await resolveActor(t.db, { userId: other.id, sessionId })).toBeNull();
  });

  it('refuses a session idle for longer than a cookie lives', async () => {
    const user = await createStaff(t.db);
    const signedIn = new Date('2026-11-01T09:00:00Z');
    const claims = await signInSession(t.db, user, { now: signedIn });
    const justBefore = new Date(signedIn.getTime() + SESSION_MAX_AGE_SECONDS * 1000 - 1000);
    expect(await resolveActor(t.db, claims, justBefore)).not.toBeNull();
    // That request moved "last seen"; idle a whole lifetime after it, the session is over.
    expect(await resolveActor(t.db, claims, new Date(justBefore.getTime() + SESSION_MAX_AGE_SECONDS * 1000))).toBeNull();
  });

  it('writes "last seen" at most once a minute', async () => {
    const user = await createStaff(t.db);
    const signedIn = new Date('2026-11-01T09:00:00Z');
    const claims = await signInSession(t.db, user, { now: signedIn });
    const lastSeen = async () => (await t.db.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } })).lastSeenAt;
    await resolveActor(t.db, claims, new Date(signedIn.getTime() + 59_000));
    expect(await lastSeen()).toEqual(signedIn);
    const later = new Date(signedIn.getTime() + 61_000);
    await resolveActor(t.db, claims, later);
    expect(await lastSeen()).toEqual(later);
    await resolveActor(t.db, claims, new Date(later.getTime() + 30_000));
    expect(await lastSeen()).toEqual(later);
  });

  it('returns null without a session or for an unknown one', async () => {
    const user = await createStaff(t.db);
    expect(await resolveActor(t.db, null)).toBeNull();
    expect(await resolveActor(t.db, { userId: user.id, sessionId: '0190a0a0-0000-7000-8000-000000000000' })).toBeNull();
  });
});
