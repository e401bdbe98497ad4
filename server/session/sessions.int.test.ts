import { describe, expect, it } from 'vitest';
import { actorFor, createStaff, signInSession } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import { resolveActor, type SessionClaims } from '../auth/actor';
import type { Db } from '../db/client';
import { SESSION_NOT_FOUND } from './end-own-session';

const t = withTestDatabase();

/** The tRPC caller the browser holding these claims gets. */
async function callerFor(db: Db, claims: SessionClaims) {
  return createCaller({ db, actor: await resolveActor(db, claims), sessionId: claims.sessionId });
}

const sessionRows = (db: Db) => db.userSession.findMany({ orderBy: { id: 'asc' } });

describe('a staff member and their signed-in devices', () => {
  it('lists only their own live sessions, newest activity first, with this device marked', async () => {
    const dana = await createStaff(t.db);
    const someoneElse = await createStaff(t.db);
    const old = await signInSession(t.db, dana, {
      origin: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; rv:133.0) Gecko/20100101 Firefox/133.0', ipAddress: '198.51.100.4' },
      now: new Date(Date.now() - 3_600_000),
    });
    const ended = await signInSession(t.db, dana);
    const here = await signInSession(t.db, dana);
    await signInSession(t.db, someoneElse);
    const api = await callerFor(t.db, here);
    await api.session.end({ sessionId: ended.sessionId });

    const list = await api.session.list();
    expect(list.map(({ id, device, ipAddress, method, current }) => ({ id, device, ipAddress, method, current }))).toEqual([
      { id: here.sessionId, device: 'Chrome on Linux', ipAddress: '203.0.113.7', method: 'password', current: true },
      { id: old.sessionId, device: 'Firefox on Windows', ipAddress: '198.51.100.4', method: 'password', current: false },
    ]);
  });

  it('ends one other session: its cookie is refused from the next request, the others keep working', async () => {
    const dana = await createStaff(t.db);
    const here = await signInSession(t.db, dana);
    const lostPhone = await signInSession(t.db, dana);
    const tablet = await signInSession(t.db, dana);
    await (await callerFor(t.db, here)).session.end({ sessionId: lostPhone.sessionId });
    expect(await resolveActor(t.db, lostPhone)).toBeNull();
    expect(await resolveActor(t.db, tablet)).toEqual(actorFor(dana));
    expect(await resolveActor(t.db, here)).toEqual(actorFor(dana));
  });

  it("cannot end someone else's session: refused like an ended one, nothing changed", async () => {
    const dana = await createStaff(t.db);
    const sam = await createStaff(t.db);
    const here = await signInSession(t.db, dana);
    const samsSession = await signInSession(t.db, sam);
    const before = await sessionRows(t.db);
    await expect((await callerFor(t.db, here)).session.end({ sessionId: samsSession.sessionId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: SESSION_NOT_FOUND,
    });
    expect(await sessionRows(t.db)).toEqual(before);
    expect(await resolveActor(t.db, samsSession)).toEqual(actorFor(sam));
  });

  it('ends all other sessions, keeping this device signed in', async () => {
    const dana = await createStaff(t.db);
    const sam = await createStaff(t.db);
    const here = await signInSession(t.db, dana);
    const others = [await signInSession(t.db, dana), await signInSession(t.db, dana)];
    const samsSession = await signInSession(t.db, sam);
    expect(await (await callerFor(t.db, here)).session.endOthers()).toEqual({ ended: 2 });
    for (const claims of others) expect(await resolveActor(t.db, claims)).toBeNull();
    expect(await resolveActor(t.db, here)).toEqual(actorFor(dana));
    expect(await resolveActor(t.db, samsSession)).toEqual(actorFor(sam));
  });

  it('refuses every session procedure to a signed-out cookie, changing nothing', async () => {
    const dana = await createStaff(t.db);
    const signedOut = await signInSession(t.db, dana);
    const other = await signInSession(t.db, dana);
    await (await callerFor(t.db, other)).session.end({ sessionId: signedOut.sessionId });
    const before = await sessionRows(t.db);
    const api = await callerFor(t.db, signedOut);
    await expect(api.session.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(api.session.endOthers()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(api.session.end({ sessionId: other.sessionId })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await sessionRows(t.db)).toEqual(before);
  });
});

describe('an admin ends all of a staff member’s sessions', () => {
  it('signs them out on every device, audited with the count', async () => {
    const admin = await createStaff(t.db, { role: 'ADMIN' });
    const olha = await createStaff(t.db);
    const devices = [await signInSession(t.db, olha), await signInSession(t.db, olha)];
    const adminHere = await signInSession(t.db, admin);
    expect(await (await callerFor(t.db, adminHere)).staff.endSessions({ userId: olha.id })).toEqual({ ended: 2 });
    for (const claims of devices) expect(await resolveActor(t.db, claims)).toBeNull();
    expect(await resolveActor(t.db, adminHere)).not.toBeNull();
    expect(await t.db.auditEvent.findMany({ select: { actorId: true, action: true, targetId: true, after: true } })).toEqual([
      { actorId: admin.id, action: 'staff.sessions_ended', targetId: olha.id, after: { sessionsEnded: 2 } },
    ]);
    // They can sign in again: the account is untouched.
    expect(await resolveActor(t.db, await signInSession(t.db, olha))).toEqual(actorFor(olha));
  });

  it('is refused to an editor, with nothing changed and nothing audited', async () => {
    const editor = await createStaff(t.db, { role: 'EDITOR' });
    const olha = await createStaff(t.db);
    const device = await signInSession(t.db, olha);
    const before = await sessionRows(t.db);
    const api = await callerFor(t.db, await signInSession(t.db, editor));
    const afterSignIn = await sessionRows(t.db);
    await expect(api.staff.endSessions({ userId: olha.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await sessionRows(t.db)).toEqual(afterSignIn);
    expect(afterSignIn).toHaveLength(before.length + 1);
    expect(await resolveActor(t.db, device)).toEqual(actorFor(olha));
    expect(await t.db.auditEvent.count()).toBe(0);
  });
});
