import type { Account, User } from 'next-auth';
import type { JWT } from 'next-auth/jwt';
import { appDb } from '../db/client';
import { endSignedOutSession } from '../session/end-signed-out-session';
import { startSession } from '../session/start-session';
import type { SessionClaims } from './actor';
import { requestOrigin } from './request-origin';

/**
 * The bridge between next-auth's JWT and our session rows. On sign-in (any provider) a UserSession row
 * is started and its id goes into the token; on sign-out that row is ended.
 */
export async function claimsOnSignIn(user: User, account: Account | null): Promise<SessionClaims> {
  const sessionId = await startSession({
    db: appDb(),
    userId: user.id,
    method: account?.type === 'oauth' ? 'sso' : 'password',
    origin: await requestOrigin(),
  });
  return { userId: user.id, sessionId };
}

export function claimsFromToken(token: JWT): SessionClaims | null {
  return typeof token.uid === 'string' && typeof token.sid === 'string' ? { userId: token.uid, sessionId: token.sid } : null;
}

export async function endSessionOfToken(token: JWT | null | undefined): Promise<void> {
  const claims = token ? claimsFromToken(token) : null;
  if (claims) await endSignedOutSession({ db: appDb(), sessionId: claims.sessionId });
}
