import { describe, expect, it, vi } from 'vitest';
import { createStaff, TEST_PASSWORD } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { enrolTwoFactor, totpCode, totpCodeAt, totpStep } from '../../test/two-factor';
import { WRONG_CREDENTIALS } from './authenticate';
import { databaseRateLimits } from './rate-limits';
import { signIn } from './sign-in';
import { SECOND_FACTOR_REQUIRED, WRONG_SECOND_FACTOR } from './sign-in-messages';

const t = withTestDatabase();

// Each test checks passwords several times with argon2 (slow on purpose); a loaded machine needs time.
vi.setConfig({ testTimeout: 180_000 });

const attempt = (input: { email: string; password: string; code?: string }, ip = '198.51.100.1') =>
  signIn({ db: t.db, limits: databaseRateLimits(t.db), input, ip });

/** Ends every block now, as if the wait had passed (the rows are the library's: expire in ms). */
const endBlocks = () => t.db.$executeRawUnsafe(`UPDATE "RateLimit" SET expire = $1 WHERE key NOT LIKE '%:strikes:%'`, Date.now() - 1);

async function wrongPasswords(email: string, times: number, ip?: string) {
  const messages: string[] = [];
  for (let i = 0; i < times; i++) {
    messages.push(await attempt({ email, password: `wrong ${i}` }, ip).then(() => 'signed in', (error: Error) => error.message));
  }
  return messages;
}

describe('sign-in rate limits (per account)', () => {
  it('blocks an account after 5 wrong passwords, even for the right one, and says how long', async () => {
    const user = await createStaff(t.db);
    expect(await wrongPasswords(user.email, 5)).toEqual([...Array<string>(4).fill(WRONG_CREDENTIALS), 'Too many attempts. Try again in 1 minute.']);
    await expect(attempt({ email: user.email, password: TEST_PASSWORD })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: 'Too many attempts. Try again in 1 minute.',
    });
    // From another address too: the limit is the account's.
    await expect(attempt({ email: user.email, password: TEST_PASSWORD }, '203.0.113.9')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // Stored in the database, under hashed keys: no email address in the table.
    const rows = await t.db.rateLimit.findMany();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows.map((row) => row.key))).not.toContain(user.email);
  });

  it('grows the wait with each further round of failures, and lets the right password in once it has passed', async () => {
    const user = await createStaff(t.db);
    expect((await wrongPasswords(user.email, 5)).at(-1)).toBe('Too many attempts. Try again in 1 minute.');
    await endBlocks();
    expect((await wrongPasswords(user.email, 5)).at(-1)).toBe('Too many attempts. Try again in 2 minutes.');
    await endBlocks();
    expect((await wrongPasswords(user.email, 5)).at(-1)).toBe('Too many attempts. Try again in 5 minutes.');
    await endBlocks();
    await expect(attempt({ email: user.email, password: TEST_PASSWORD })).resolves.toMatchObject({ userId: user.id });
    // The success forgave the account: the next round starts again at the shortest wait.
    expect((await wrongPasswords(user.email, 5)).at(-1)).toBe('Too many attempts. Try again in 1 minute.');
  });

  it('counts consecutive failures: a successful sign-in clears the count', async () => {
    const user = await createStaff(t.db);
    await wrongPasswords(user.email, 4);
    await attempt({ email: user.email, password: TEST_PASSWORD });
    expect(await wrongPasswords(user.email, 4)).toEqual(Array<string>(4).fill(WRONG_CREDENTIALS));
    await expect(attempt({ email: user.email, password: TEST_PASSWORD })).resolves.toMatchObject({ userId: user.id });
  });

  it('limits unknown addresses the same way (no hint which accounts exist)', async () => {
    expect((await wrongPasswords('nobody@example.test', 5)).at(-1)).toBe('Too many attempts. Try again in 1 minute.');
  });
});

describe('sign-in rate limits (per address)', () => {
  it('refuses every account from an address blocked for its failures; other addresses still sign in', async () => {
    const victim = await createStaff(t.db);
    const limits = databaseRateLimits(t.db);
    // 49 failures on as many accounts (counted as sign-in would, without 49 slow password hashes)…
    for (let i = 0; i < 49; i++) await limits.recordFailure('signIn', { account: `guess-${i}@example.test`, ip: '192.0.2.66' });
    // …and the 50th through sign-in itself.
    expect(await wrongPasswords('guess-50@example.test', 1, '192.0.2.66')).toEqual(['Too many attempts. Try again in 15 minutes.']);
    await expect(attempt({ email: victim.email, password: TEST_PASSWORD }, '192.0.2.66')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(attempt({ email: victim.email, password: TEST_PASSWORD }, '192.0.2.67')).resolves.toMatchObject({ userId: victim.id });
  });
});

describe('sign-in with a second factor', () => {
  it('asks for the code after the right password, accepts a fresh code once, refuses its replay', async () => {
    const user = await createStaff(t.db, { role: 'EDITOR' });
    const { secret } = await enrolTwoFactor(t.db, user);
    await expect(attempt({ email: user.email, password: TEST_PASSWORD })).rejects.toMatchObject({ message: SECOND_FACTOR_REQUIRED });
    // Wrong password with a code: still the password's message (the code is not even looked at).
    await expect(attempt({ email: user.email, password: 'wrong', code: await totpCode(secret, 1) })).rejects.toMatchObject({ message: WRONG_CREDENTIALS });
    const step = totpStep(1); // the enrolment used the current step
    const code = await totpCodeAt(secret, step);
    await expect(attempt({ email: user.email, password: TEST_PASSWORD, code })).resolves.toMatchObject({ userId: user.id });
    await expect(attempt({ email: user.email, password: TEST_PASSWORD, code })).rejects.toMatchObject({ message: WRONG_SECOND_FACTOR });
    expect((await t.db.userTwoFactor.findUniqueOrThrow({ where: { userId: user.id } })).lastTimeStep).toBe(step);
  });

  it('accepts each recovery code once, in any case, and audits its use', async () => {
    const user = await createStaff(t.db);
    const { recoveryCodes } = await enrolTwoFactor(t.db, user);
    const code = recoveryCodes[3]!;
    await expect(attempt({ email: user.email, password: TEST_PASSWORD, code: code.toLowerCase() })).resolves.toMatchObject({ userId: user.id });
    await expect(attempt({ email: user.email, password: TEST_PASSWORD, code })).rejects.toMatchObject({ message: WRONG_SECOND_FACTOR });
    expect(await t.db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
    expect(await t.db.auditEvent.findFirst({ where: { action: 'staff.recovery_code_used' }, select: { targetId: true, after: true } })).toEqual({
      targetId: user.id,
      after: { recoveryCodesLeft: 9 },
    });
  });

  it('blocks the account after 5 wrong codes, even with the right code', async () => {
    const user = await createStaff(t.db);
    const { secret } = await enrolTwoFactor(t.db, user);
    const enrolled = await t.db.userTwoFactor.findUniqueOrThrow({ where: { userId: user.id } });
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      messages.push(await attempt({ email: user.email, password: TEST_PASSWORD, code: '000000' }).then(() => 'signed in', (error: Error) => error.message));
    }
    expect(messages).toEqual([...Array<string>(4).fill(WRONG_SECOND_FACTOR), 'Too many attempts. Try again in 1 minute.']);
    await expect(attempt({ email: user.email, password: TEST_PASSWORD, code: await totpCode(secret, 1) })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await t.db.userTwoFactor.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(enrolled); // the good code was not used up
  });

  it('ignores an enrolment that was never confirmed', async () => {
    const user = await createStaff(t.db);
    await t.db.userTwoFactor.create({ data: { userId: user.id, secretEncrypted: 'v1.x.y.z' } });
    await expect(attempt({ email: user.email, password: TEST_PASSWORD })).resolves.toMatchObject({ userId: user.id });
  });
});
