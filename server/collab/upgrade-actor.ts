import type { IncomingMessage } from 'node:http';
import { getToken } from 'next-auth/jwt';
import { resolveActor, type Actor } from '../auth/actor';
import { claimsFromToken } from '../auth/session-claims';
import type { DbOrTx } from '../db/client';

/**
 * The staff member a WebSocket upgrade request is signed in as, exactly as tRPC resolves it: the session
 * cookie's claims (next-auth's JWT), then the session row and its user as the database says now.
 */
export async function actorOfUpgrade(db: DbOrTx, request: IncomingMessage): Promise<Actor | null> {
  const token = await getToken({ req: { headers: request.headers, cookies: cookiesOf(request.headers.cookie ?? '') } as never });
  return resolveActor(db, token ? claimsFromToken(token) : null);
}

function cookiesOf(header: string): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    try {
      cookies[pair.slice(0, at).trim()] = decodeURIComponent(pair.slice(at + 1).trim());
    } catch {
      // A malformed value names no session; the rest may.
    }
  }
  return cookies;
}
