import type { DbOrTx } from '../db/client';
import { AppError } from '../errors';
import { verifyPassword } from './password';
import { signInSchema } from './sign-in.schema';

export const WRONG_CREDENTIALS = 'Wrong email or password.';
export const ACCOUNT_DEACTIVATED = 'This account has been deactivated. Ask an admin to reactivate it.';

/**
 * Checks an email and password. Unknown email and wrong password give the same message on purpose (no
 * hint which staff addresses exist); a deactivated account is told so, but only after the right password.
 */
export async function authenticate(db: DbOrTx, input: unknown): Promise<{ userId: string }> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError('BAD_REQUEST', WRONG_CREDENTIALS);
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordOk) throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS);
  if (!user.active) throw new AppError('FORBIDDEN', ACCOUNT_DEACTIVATED);
  return { userId: user.id };
}
