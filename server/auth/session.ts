import { getServerSession } from 'next-auth';
import { appDb } from '../db/client';
import { resolveActor, type Actor } from './actor';
import { sessionOptions } from './session-options';

/** The current request's actor and the session row it signed in with, or null when signed out. */
export async function currentSession(): Promise<{ actor: Actor; sessionId: string } | null> {
  const session = await getServerSession(sessionOptions);
  const claims = session?.claims ?? null;
  const actor = await resolveActor(appDb(), claims);
  return actor && claims ? { actor, sessionId: claims.sessionId } : null;
}

/** The current request's actor (server components, route handlers), or null when signed out. */
export async function currentActor(): Promise<Actor | null> {
  return (await currentSession())?.actor ?? null;
}
