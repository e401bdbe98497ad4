import { describe, expect, it } from 'vitest';
import { actorFor, createStaff, TEST_PASSWORD } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { resolveActor } from './actor';
import { ACCOUNT_DEACTIVATED, authenticate, WRONG_CREDENTIALS } from './authenticate';

const t = withTestDatabase();

describe('authenticate', () => {
  it('accepts the right password, with the email in any case and padded', async () => {
    const user = await createStaff(t.db, { email: 'dana@example.test' });
    const claims = await authenticate(t.db, { email: '  Dana@Example.TEST ', password: TEST_PASSWORD });
    expect(claims).toEqual({ userId: user.id, sessionVersion: 0 });
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

describe('resolveActor reads the user from the database on every request', () => {
  it('returns the current role, not the one at sign-in', async () => {
    const user = await createStaff(t.db, { role: 'JOURNALIST' });
    const claims = { userId: user.id, sessionVersion: 0 };
    expect(await resolveActor(t.db, claims)).toEqual(actorFor(user));
    await t.db.user.update({ where: { id: user.id }, data: { role: 'EDITOR' } });
    expect((await resolveActor(t.db, claims))?.role).toBe('EDITOR');
  });

  it('drops a deactivated user at once', async () => {
    const user = await createStaff(t.db);
    const claims = { userId: user.id, sessionVersion: 0 };
    await t.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await resolveActor(t.db, claims)).toBeNull();
  });

  it('drops sessions issued before the session version was bumped (sign out everywhere)', async () => {
    const user = await createStaff(t.db);
    await t.db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolveActor(t.db, { userId: user.id, sessionVersion: 0 })).toBeNull();
    expect(await resolveActor(t.db, { userId: user.id, sessionVersion: 1 })).not.toBeNull();
  });

  it('returns null without a session or for an unknown user', async () => {
    expect(await resolveActor(t.db, null)).toBeNull();
    expect(await resolveActor(t.db, { userId: '0190a0a0-0000-7000-8000-000000000000', sessionVersion: 0 })).toBeNull();
  });
});
