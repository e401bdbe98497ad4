import { getServerSession } from 'next-auth';
import { appDb } from '../db/client';
import { resolveActor, type Actor } from './actor';
import { authOptions } from './next-auth-options';

/** The current request's actor (server components, route handlers), or null when signed out. */
export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  return resolveActor(appDb(), session?.claims ?? null);
}
