import { randomBytes } from 'node:crypto';
import type { Actor } from '../server/auth/actor';
import { hashPassword } from '../server/auth/password';
import type { Role } from '../server/auth/permissions';
import type { DbOrTx } from '../server/db/client';

/** Factories for tests: each call makes rows with unique names, so tests never collide. */
export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

export async function createStaff(
  db: DbOrTx,
  overrides: { role?: Role; name?: string; email?: string; active?: boolean } = {},
) {
  const id = unique();
  const name = overrides.name ?? `Staff ${id}`;
  return db.user.create({
    data: {
      name,
      email: overrides.email ?? `staff-${id}@example.test`,
      slug: `staff-${id}`,
      role: overrides.role ?? 'JOURNALIST',
      active: overrides.active ?? true,
      passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
    },
  });
}

/** The actor a request by this user resolves to. */
export function actorFor(user: { id: string; name: string; email: string; role: Role }): Actor {
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

export async function createSection(db: DbOrTx, overrides: { name?: string } = {}) {
  const id = unique();
  const name = overrides.name ?? `Section ${id}`;
  return db.section.create({ data: { name, slug: `section-${id}` } });
}
