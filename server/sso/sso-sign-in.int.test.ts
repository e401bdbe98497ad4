import { describe, expect, it } from 'vitest';
import { actorFor, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import type { Db } from '../db/client';
import { ssoSignIn } from './sso-sign-in';

const t = withTestDatabase();

/** Everything a single sign-on could write. */
const snapshot = async (db: Db) => ({
  users: await db.user.findMany({ orderBy: { id: 'asc' } }),
  audit: await db.auditEvent.findMany({ orderBy: { id: 'asc' } }),
  settings: await db.newsroomSettings.findMany(),
});

async function allowAccountCreation(db: Db, createsAccounts: boolean) {
  const admin = await createStaff(db, { role: 'ADMIN' });
  await createCaller({ db, actor: actorFor(admin) }).settings.setSsoCreatesAccounts({ createsAccounts });
  return admin;
}

describe('single sign-on matched to staff accounts', () => {
  it('signs an active staff member in by their verified address, in any case', async () => {
    const dana = await createStaff(t.db, { email: 'dana@example.test' });
    const before = await snapshot(t.db);
    expect(await ssoSignIn({ db: t.db, claims: { email: 'Dana@Example.TEST', email_verified: true, name: 'Someone Else' } })).toEqual({ userId: dana.id });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('refuses an unverified address even though it is a staff address, changing nothing', async () => {
    await createStaff(t.db, { email: 'dana@example.test' });
    const before = await snapshot(t.db);
    expect(await ssoSignIn({ db: t.db, claims: { email: 'dana@example.test', email_verified: false } })).toEqual({ refused: 'SsoUnverified' });
    expect(await ssoSignIn({ db: t.db, claims: { email: 'dana@example.test' } })).toEqual({ refused: 'SsoUnverified' });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('refuses someone unknown while the setting is off, creating nothing', async () => {
    await createStaff(t.db);
    const before = await snapshot(t.db);
    expect(await ssoSignIn({ db: t.db, claims: { email: 'stranger@example.test', email_verified: true } })).toEqual({ refused: 'SsoUnknown' });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('refuses a deactivated account, even with account creation on', async () => {
    await createStaff(t.db, { email: 'gone@example.test', active: false });
    await allowAccountCreation(t.db, true);
    const before = await snapshot(t.db);
    expect(await ssoSignIn({ db: t.db, claims: { email: 'gone@example.test', email_verified: true } })).toEqual({ refused: 'SsoDeactivated' });
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('creates a journalist account for someone verified and unknown once an admin allows it, audited', async () => {
    const admin = await allowAccountCreation(t.db, true);
    expect(await t.db.auditEvent.findMany({ select: { actorId: true, action: true, before: true, after: true } })).toEqual([
      { actorId: admin.id, action: 'settings.sso_accounts_changed', before: { ssoCreatesAccounts: false }, after: { ssoCreatesAccounts: true } },
    ]);
    const result = await ssoSignIn({ db: t.db, claims: { email: 'New.Reporter@Example.test', email_verified: true, name: 'New Reporter' } });
    const created = await t.db.user.findUniqueOrThrow({ where: { email: 'new.reporter@example.test' } });
    expect(result).toEqual({ userId: created.id });
    expect(created).toMatchObject({ name: 'New Reporter', role: 'JOURNALIST', active: true, slug: 'new-reporter' });
    expect(await t.db.auditEvent.findFirst({ where: { action: 'staff.created_by_sso' }, select: { actorId: true, targetId: true, after: true } })).toEqual({
      actorId: created.id,
      targetId: created.id,
      after: { name: 'New Reporter', email: 'new.reporter@example.test', role: 'JOURNALIST' },
    });
    // The next sign-in finds the account: no second one.
    expect(await ssoSignIn({ db: t.db, claims: { email: 'new.reporter@example.test', email_verified: true } })).toEqual({ userId: created.id });
    expect(await t.db.user.count({ where: { email: 'new.reporter@example.test' } })).toBe(1);
  });

  it('stops creating accounts when the admin turns the setting off again', async () => {
    await allowAccountCreation(t.db, true);
    await allowAccountCreation(t.db, false);
    expect(await ssoSignIn({ db: t.db, claims: { email: 'late@example.test', email_verified: true } })).toEqual({ refused: 'SsoUnknown' });
    expect(await t.db.user.count({ where: { email: 'late@example.test' } })).toBe(0);
  });

  it('lets only admins change the setting; a refused change writes nothing', async () => {
    const editor = await createStaff(t.db, { role: 'EDITOR' });
    const before = await snapshot(t.db);
    await expect(createCaller({ db: t.db, actor: actorFor(editor) }).settings.setSsoCreatesAccounts({ createsAccounts: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await snapshot(t.db)).toEqual(before);
  });
});
