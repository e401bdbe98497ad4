import { describe, expect, it, vi } from 'vitest';
import { actorFor, createStaff, signInSession, TEST_PASSWORD } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { adminSnapshot, callerAs } from '../admin/admin-test-support';
import { createCaller } from '../api/root';
import { resolveActor } from './actor';
import { authenticate } from './authenticate';
import { WRONG_CURRENT_PASSWORD } from './change-password';
import { TOO_COMMON } from './password-policy';

const t = withTestDatabase();
vi.setConfig({ testTimeout: 180_000 });

const NEW_PASSWORD = 'lantern orchard quietly';

describe('changing one’s own password', () => {
  it('needs the current password, ends every other session (this one stays), and is audited', async () => {
    const user = await createStaff(t.db);
    const someoneElse = await signInSession(t.db, await createStaff(t.db));
    const [here, phone, laptop] = [await signInSession(t.db, user), await signInSession(t.db, user), await signInSession(t.db, user)];
    const caller = createCaller({ db: t.db, actor: await resolveActor(t.db, here), sessionId: here.sessionId });
    await expect(caller.password.change({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).resolves.toEqual({
      sessionsEnded: 2,
    });
    await expect(authenticate(t.db, { email: user.email, password: NEW_PASSWORD })).resolves.toEqual({ userId: user.id });
    await expect(authenticate(t.db, { email: user.email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await resolveActor(t.db, phone)).toBeNull();
    expect(await resolveActor(t.db, laptop)).toBeNull();
    expect(await resolveActor(t.db, here)).toMatchObject({ id: user.id });
    expect(await resolveActor(t.db, someoneElse)).not.toBeNull();
    expect(await t.db.auditEvent.findFirst({ where: { action: 'staff.password_changed' }, select: { actorId: true, after: true } })).toEqual({ actorId: user.id, after: { sessionsEnded: 2 } });
  });

  it('refuses a wrong current password, a short or common new one, and changes nothing', async () => {
    const user = await createStaff(t.db);
    const caller = callerAs(t.db, actorFor(user));
    const before = await adminSnapshot(t.db);
    await expect(caller.password.change({ currentPassword: 'not it', password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: WRONG_CURRENT_PASSWORD,
    });
    await expect(caller.password.change({ currentPassword: TEST_PASSWORD, password: 'qwertyuiop12', confirmation: 'qwertyuiop12' })).rejects.toThrow(TOO_COMMON);
    await expect(caller.password.change({ currentPassword: TEST_PASSWORD, password: 'short one', confirmation: 'short one' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });

  it('limits guesses at the current password: 5 wrong, then a wait even for the right one', async () => {
    const user = await createStaff(t.db);
    const caller = callerAs(t.db, actorFor(user));
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      messages.push(await caller.password.change({ currentPassword: `guess ${i}`, password: NEW_PASSWORD, confirmation: NEW_PASSWORD }).then(() => 'changed', (error: Error) => error.message));
    }
    expect(messages).toEqual([...Array<string>(4).fill(WRONG_CURRENT_PASSWORD), 'Too many attempts. Try again in 1 minute.']);
    await expect(caller.password.change({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(authenticate(t.db, { email: user.email, password: TEST_PASSWORD })).resolves.toEqual({ userId: user.id });
  });
});
