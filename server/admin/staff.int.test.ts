import { describe, expect, it } from 'vitest';
import { resolveActor } from '../auth/actor';
import { authenticate } from '../auth/authenticate';
import { actorFor, createArticle, createStaff, signInSession, TEST_PASSWORD } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { LAST_ADMIN } from './admin-guard';
import { adminSnapshot, callerAs } from './admin-test-support';
import { EMAIL_TAKEN } from './invite-staff';
import { hashResetToken } from './reset-token';

const t = withTestDatabase();

const STAFF_KEYS = ['active', 'createdAt', 'email', 'id', 'jobTitle', 'name', 'role', 'slug'];

async function asAdmin() {
  const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
  return { admin, api: callerAs(t.db, admin) };
}

describe('inviting staff', () => {
  it('creates the account with a one-time set-password link, storing only the token hash, and logs it', async () => {
    const { admin, api } = await asAdmin();
    const now = Date.now();
    const { user, link } = await api.staff.invite({ name: 'Mira Koval', email: '  Mira.Koval@Example.TEST ', role: 'EDITOR' });
    expect(Object.keys(user).sort()).toEqual(STAFF_KEYS); // no password hash, nothing raw
    expect(user).toMatchObject({ name: 'Mira Koval', email: 'mira.koval@example.test', role: 'EDITOR', active: true, slug: 'mira-koval' });
    const token = link.path.replace('/reset-password/', '');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await t.db.passwordResetToken.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashResetToken(token));
    expect(rows[0]?.tokenHash).not.toContain(token);
    expect(link.expiresAt.getTime() - now).toBeGreaterThan(23.9 * 3600_000);
    expect(link.expiresAt.getTime() - now).toBeLessThan(24.1 * 3600_000);
    // Nobody knows the password until the link is used.
    await expect(authenticate(t.db, { email: 'mira.koval@example.test', password: TEST_PASSWORD })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const audit = await t.db.auditEvent.findMany({ where: { targetId: user.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: 'staff.invited',
        targetType: 'user',
        before: null,
        after: { name: 'Mira Koval', email: 'mira.koval@example.test', role: 'EDITOR', linkExpiresAt: link.expiresAt.toISOString() },
      }),
    ]);
  });

  it('numbers the author page address when the name is taken, and refuses a used email', async () => {
    const { api } = await asAdmin();
    await api.staff.invite({ name: 'Sam Rivera', email: 'sam1@example.test', role: 'JOURNALIST' });
    const second = await api.staff.invite({ name: 'Sam Rivera', email: 'sam2@example.test', role: 'JOURNALIST' });
    expect(second.user.slug).toBe('sam-rivera-2');
    const before = await adminSnapshot(t.db);
    await expect(api.staff.invite({ name: 'Other Sam', email: 'SAM1@example.test', role: 'ADMIN' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: EMAIL_TAKEN,
    });
    await expect(api.staff.invite({ name: '', email: 'not-an-email', role: 'ADMIN' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });

  it('lists staff without password hashes', async () => {
    const { api } = await asAdmin();
    const list = await api.staff.list();
    expect(list).toHaveLength(1);
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(STAFF_KEYS);
  });
});

describe('changing roles', () => {
  it('applies from the next request and logs before and after', async () => {
    const { admin, api } = await asAdmin();
    const olha = await createStaff(t.db, { role: 'JOURNALIST' });
    const claims = await signInSession(t.db, olha);
    expect(await api.staff.changeRole({ userId: olha.id, role: 'EDITOR' })).toMatchObject({ role: 'EDITOR' });
    expect((await resolveActor(t.db, claims))?.role).toBe('EDITOR');
    expect(await t.db.auditEvent.findMany({ where: { targetId: olha.id }, select: { actorId: true, action: true, before: true, after: true } })).toEqual([
      { actorId: admin.id, action: 'staff.role_changed', before: { role: 'JOURNALIST' }, after: { role: 'EDITOR' } },
    ]);
  });
});

describe('deactivating and reactivating', () => {
  it('signs the person out everywhere at once, keeps their bylines, voids their links, and logs it', async () => {
    const { admin, api } = await asAdmin();
    const olha = await createStaff(t.db, { role: 'JOURNALIST' });
    const article = await createArticle(t.db, { authors: [olha], state: 'PUBLISHED' });
    const {
      link: { path },
    } = await api.staff.createResetLink({ userId: olha.id });
    const oldClaims = await signInSession(t.db, olha);
    const otherDevice = await signInSession(t.db, olha);
    expect(await resolveActor(t.db, oldClaims)).not.toBeNull();

    const row = await api.staff.setActive({ userId: olha.id, active: false });
    expect(row.active).toBe(false);
    expect(await resolveActor(t.db, oldClaims)).toBeNull();
    expect(await resolveActor(t.db, otherDevice)).toBeNull();
    expect(await t.db.userSession.count({ where: { userId: olha.id, endedAt: null } })).toBe(0);
    expect(await t.db.byline.findMany({ where: { articleId: article.id }, select: { userId: true } })).toEqual([{ userId: olha.id }]);
    expect(await callerAs(t.db, null).passwordReset.check({ token: path.split('/').at(-1) ?? '' })).toEqual({ status: 'expired' });

    await api.staff.setActive({ userId: olha.id, active: true });
    // Reactivation does not revive old sessions: the person signs in again.
    expect(await resolveActor(t.db, oldClaims)).toBeNull();
    expect(await resolveActor(t.db, await signInSession(t.db, olha))).not.toBeNull();

    const audit = await t.db.auditEvent.findMany({
      where: { targetId: olha.id, action: { in: ['staff.deactivated', 'staff.reactivated'] } },
      orderBy: { id: 'asc' },
      select: { actorId: true, action: true, before: true, after: true },
    });
    expect(audit).toEqual([
      { actorId: admin.id, action: 'staff.deactivated', before: { active: true }, after: { active: false, sessionsEnded: 2 } },
      { actorId: admin.id, action: 'staff.reactivated', before: { active: false }, after: { active: true } },
    ]);
  });

  it('refuses a set-password link for a deactivated account', async () => {
    const { api } = await asAdmin();
    const gone = await createStaff(t.db, { active: false });
    const before = await adminSnapshot(t.db);
    await expect(api.staff.createResetLink({ userId: gone.id })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });
});

describe('the last active admin', () => {
  it('cannot demote themselves', async () => {
    const { admin, api } = await asAdmin();
    await createStaff(t.db, { role: 'ADMIN', active: false }); // an inactive admin does not count
    const before = await adminSnapshot(t.db);
    await expect(api.staff.changeRole({ userId: admin.id, role: 'EDITOR' })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: LAST_ADMIN,
    });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });

  it('cannot be deactivated, by themselves or anyone', async () => {
    const { admin, api } = await asAdmin();
    const before = await adminSnapshot(t.db);
    await expect(api.staff.setActive({ userId: admin.id, active: false })).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: LAST_ADMIN });
    expect(await adminSnapshot(t.db)).toEqual(before);
  });

  it('can step down once there is another active admin', async () => {
    const { admin, api } = await asAdmin();
    await createStaff(t.db, { role: 'ADMIN' });
    await expect(api.staff.changeRole({ userId: admin.id, role: 'EDITOR' })).resolves.toMatchObject({ role: 'EDITOR' });
  });

  it('two admins demoting each other at the same moment: exactly one succeeds', async () => {
    for (let round = 0; round < 3; round++) {
      await t.db.auditEvent.deleteMany();
      await t.db.user.deleteMany();
      const a = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
      const b = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
      const results = await Promise.allSettled([
        callerAs(t.db, a).staff.changeRole({ userId: b.id, role: 'EDITOR' }),
        callerAs(t.db, b).staff.changeRole({ userId: a.id, role: 'JOURNALIST' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected?.reason).toMatchObject({ code: 'PRECONDITION_FAILED', message: LAST_ADMIN });
      expect(await t.db.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
      expect(await t.db.auditEvent.count({ where: { action: 'staff.role_changed' } })).toBe(1);
    }
  });

  it('two admins deactivating each other at the same moment: exactly one succeeds', async () => {
    const a = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
    const b = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
    const results = await Promise.allSettled([
      callerAs(t.db, a).staff.setActive({ userId: b.id, active: false }),
      callerAs(t.db, b).staff.setActive({ userId: a.id, active: false }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await t.db.user.count({ where: { role: 'ADMIN', active: true } })).toBe(1);
  });
});
