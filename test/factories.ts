import { randomBytes } from 'node:crypto';
import type { Actor, SessionClaims } from '../server/auth/actor';
import { hashPassword } from '../server/auth/password';
import { sealSecret } from '../server/auth/two-factor/secret-box';
import { newTotpSecret } from '../server/auth/two-factor/totp';
import type { Role } from '../server/auth/permissions';
import type { DbOrTx } from '../server/db/client';
import { startSession, type SessionOrigin } from '../server/session/start-session';
import type { SessionMethod } from '../server/session/session-policy';
import type { ArticleState } from '../server/workflow/states';

/** Factories for tests: each call makes rows with unique names, so tests never collide. */
export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
/** Factory-made authenticator apps are never used to sign in (test/two-factor.ts enrols real ones). */
const FACTORY_SERVER_SECRET = 'factory-only-server-secret';

const unique = () => randomBytes(4).toString('hex');

export async function createStaff(
  db: DbOrTx,
  overrides: { role?: Role; name?: string; email?: string; active?: boolean; twoFactor?: boolean } = {},
) {
  const id = unique();
  const name = overrides.name ?? `Staff ${id}`;
  // Admins must sign in with two factors by default (NewsroomSettings.twoFactorRoles), so an admin made
  // here has an authenticator app set up, as a real one would; `twoFactor: false` makes one who has not.
  const twoFactor = overrides.twoFactor ?? overrides.role === 'ADMIN';
  return db.user.create({
    data: {
      ...(twoFactor && { twoFactor: { create: { secretEncrypted: sealSecret(newTotpSecret(), FACTORY_SERVER_SECRET), confirmedAt: new Date() } } }),
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

const TEST_ORIGIN: SessionOrigin = { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36', ipAddress: '203.0.113.7' };

/** Signs the user in as next-auth would (with a password unless told): a session row, and the claims its cookie would carry. */
export async function signInSession(
  db: DbOrTx,
  user: { id: string },
  { origin = TEST_ORIGIN, now, method = 'password' }: { origin?: SessionOrigin; now?: Date; method?: SessionMethod } = {},
): Promise<SessionClaims> {
  const sessionId = await startSession({ db, userId: user.id, method, origin, now });
  return { userId: user.id, sessionId };
}

export async function createSection(db: DbOrTx, overrides: { name?: string } = {}) {
  const id = unique();
  const name = overrides.name ? `${overrides.name} ${id}` : `Section ${id}`;
  return db.section.create({ data: { name, slug: `section-${id}` } });
}

/** A complete article (passes every precondition) in the given state, with `authors` as its bylines. */
export async function createArticle(
  db: DbOrTx,
  {
    authors,
    state = 'DRAFT',
    sectionId,
    headline = 'Russia and China strengthen defence cooperation – ISW',
  }: {
    authors: { id: string }[];
    state?: ArticleState;
    sectionId?: string;
    headline?: string;
  },
) {
  const section = sectionId ? { id: sectionId } : await createSection(db);
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Details: the body.' }] }] };
  return db.article.create({
    data: {
      slug: `article-${unique()}`,
      headline,
      body,
      bodyHtml: '<p>Details: the body.</p>',
      bodyText: 'Details: the body.',
      state,
      sectionId: section.id,
      publishedAt: state === 'PUBLISHED' ? new Date() : null,
      createdById: authors[0]?.id,
      bylines: { create: authors.map((author, position) => ({ position, userId: author.id })) },
    },
  });
}
