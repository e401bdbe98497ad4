import { describe, expect, it, vi } from 'vitest';
import { actorFor, createStaff, signInSession, TEST_PASSWORD } from '../../../test/factories';
import { withTestDatabase } from '../../../test/integration/test-database';
import { enrolTwoFactor, totpCode } from '../../../test/two-factor';
import { adminSnapshot, callerAs } from '../../admin/admin-test-support';
import { createCaller } from '../../api/root';
import { TWO_FACTOR_SETUP_DUE } from '../../api/trpc';
import { resolveActor } from '../actor';
import { databaseRateLimits } from '../rate-limits';
import { signIn } from '../sign-in';
import { WRONG_CODE } from './confirm-enrolment';
import { WRONG_CURRENT_CODE } from './disable-two-factor';
import { ALREADY_ENABLED } from './start-enrolment';

const t = withTestDatabase();
vi.setConfig({ testTimeout: 180_000 });

const secretOf = (uri: string) => new URL(uri).searchParams.get('secret')!;

describe('setting up two-factor sign-in', () => {
  it('stays off until a code from the app is typed, then returns 10 recovery codes stored only as hashes', async () => {
    const user = await createStaff(t.db);
    const caller = callerAs(t.db, actorFor(user));
    const { secret, uri, qrCode } = await caller.twoFactor.start();
    expect(secretOf(uri)).toBe(secret);
    expect(qrCode).toMatch(/^data:image\/png;base64,/);
    const row = await t.db.userTwoFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ confirmedAt: null });
    expect(row.secretEncrypted).not.toContain(secret); // sealed at rest
    expect(await caller.twoFactor.status()).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });

    const before = await adminSnapshot(t.db);
    await expect(caller.twoFactor.confirm({ code: '000000' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: WRONG_CODE });
    expect(await adminSnapshot(t.db)).toEqual(before);

    const { recoveryCodes } = await caller.twoFactor.confirm({ code: await totpCode(secret) });
    expect(recoveryCodes).toHaveLength(10);
    const stored = await t.db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    expect(stored.every((code) => code.codeHash.startsWith('$argon2id$'))).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(recoveryCodes[0]!.replaceAll('-', ''));
    expect(await caller.twoFactor.status()).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });
    expect(await t.db.auditEvent.count({ where: { action: 'staff.two_factor_enabled', targetId: user.id } })).toBe(1);
    await expect(caller.twoFactor.start()).rejects.toMatchObject({ code: 'CONFLICT', message: ALREADY_ENABLED });
  });

  it('a restarted setup replaces the unconfirmed secret: codes from the first no longer work', async () => {
    const user = await createStaff(t.db);
    const caller = callerAs(t.db, actorFor(user));
    const first = await caller.twoFactor.start();
    const second = await caller.twoFactor.start();
    await expect(caller.twoFactor.confirm({ code: await totpCode(first.secret) })).rejects.toMatchObject({ message: WRONG_CODE });
    await expect(caller.twoFactor.confirm({ code: await totpCode(second.secret) })).resolves.toHaveProperty('recoveryCodes');
  });
});

describe('turning two-factor sign-in off', () => {
  it('needs a current code; then sign-in asks for the password only', async () => {
    const user = await createStaff(t.db);
    const { secret } = await enrolTwoFactor(t.db, user);
    const caller = callerAs(t.db, actorFor(user));
    const before = await adminSnapshot(t.db);
    await expect(caller.twoFactor.disable({ code: '123456' })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: WRONG_CURRENT_CODE });
    expect(await adminSnapshot(t.db)).toEqual(before);
    expect(await t.db.userTwoFactor.count({ where: { userId: user.id } })).toBe(1);
    await caller.twoFactor.disable({ code: await totpCode(secret, 1) });
    expect(await t.db.userTwoFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: 'staff.two_factor_disabled', targetId: user.id } })).toBe(1);
    await expect(signIn({ db: t.db, limits: databaseRateLimits(t.db), input: { email: user.email, password: TEST_PASSWORD }, ip: null })).resolves.toMatchObject({ userId: user.id });
  });
});

describe('an admin resets someone’s two-factor sign-in', () => {
  it('removes app and codes, ends their sessions, and is audited; only admins may', async () => {
    const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    const user = await createStaff(t.db);
    await enrolTwoFactor(t.db, user);
    const [phone, laptop] = [await signInSession(t.db, user), await signInSession(t.db, user)];
    await expect(callerAs(t.db, editor).twoFactor.reset({ userId: user.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.db.userTwoFactor.count({ where: { userId: user.id } })).toBe(1);
    await callerAs(t.db, admin).twoFactor.reset({ userId: user.id });
    expect(await t.db.userTwoFactor.count({ where: { userId: user.id } })).toBe(0);
    expect(await t.db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await resolveActor(t.db, phone)).toBeNull();
    expect(await resolveActor(t.db, laptop)).toBeNull();
    expect(await t.db.auditEvent.findFirst({ where: { action: 'staff.two_factor_reset' }, select: { actorId: true, targetId: true, after: true } })).toEqual({
      actorId: admin.id,
      targetId: user.id,
      after: { sessionsEnded: 2 },
    });
    await expect(callerAs(t.db, admin).twoFactor.reset({ userId: user.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a role that requires two-factor sign-in', () => {
  it('lets someone who has not set it up reach only the setup, until they have', async () => {
    const admin = await createStaff(t.db, { role: 'ADMIN', twoFactor: false });
    const caller = callerAs(t.db, actorFor(admin));
    await expect(caller.article.list({})).rejects.toMatchObject({ code: 'FORBIDDEN', message: TWO_FACTOR_SETUP_DUE });
    await expect(caller.settings.get()).rejects.toMatchObject({ code: 'FORBIDDEN', message: TWO_FACTOR_SETUP_DUE });
    expect(await caller.twoFactor.status()).toEqual({ enabled: false, required: true, recoveryCodesLeft: 0 });
    const { secret } = await caller.twoFactor.start();
    await caller.twoFactor.confirm({ code: await totpCode(secret) });
    await expect(caller.settings.get()).resolves.toMatchObject({ twoFactorRoles: ['ADMIN'] });
  });

  it('forces the setup on a password sign-in only: a single sign-on session is trusted as the provider’s MFA', async () => {
    const admin = await createStaff(t.db, { role: 'ADMIN', twoFactor: false });
    const callerWith = async (method: 'password' | 'sso') => {
      const claims = await signInSession(t.db, admin, { method });
      return createCaller({ db: t.db, actor: await resolveActor(t.db, claims), sessionId: claims.sessionId });
    };
    await expect((await callerWith('password')).article.list({})).rejects.toMatchObject({ code: 'FORBIDDEN', message: TWO_FACTOR_SETUP_DUE });
    await expect((await callerWith('sso')).article.list({})).resolves.toBeDefined();
    await expect((await callerWith('sso')).settings.get()).resolves.toMatchObject({ twoFactorRoles: ['ADMIN'] });
  });

  it('follows the newsroom setting: editors too once an admin requires it', async () => {
    const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
    const editor = actorFor(await createStaff(t.db, { role: 'EDITOR' }));
    await expect(callerAs(t.db, editor).article.list({})).resolves.toBeDefined();
    const settings = await callerAs(t.db, admin).settings.get();
    await callerAs(t.db, admin).settings.update({ ...settings, twoFactorRoles: ['ADMIN', 'EDITOR'] });
    await expect(callerAs(t.db, editor).article.list({})).rejects.toMatchObject({ message: TWO_FACTOR_SETUP_DUE });
    expect(await t.db.auditEvent.findFirst({ where: { action: 'settings.updated' }, select: { after: true } })).toMatchObject({ after: { twoFactorRoles: ['EDITOR', 'ADMIN'] } }); // kept in the roles' order
  });
});
