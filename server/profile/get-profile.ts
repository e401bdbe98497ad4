import type { Actor } from '../auth/actor';
import type { DbOrTx } from '../db/client';
import { PROFILE_FIELDS, type Profile } from './profile.schema';

/** The actor's own profile. There is no way to ask for someone else's: the id is the actor's. */
export function getProfile(db: DbOrTx, { actor }: { actor: Actor }): Promise<Profile> {
  return db.user.findUniqueOrThrow({ where: { id: actor.id }, select: PROFILE_FIELDS });
}
