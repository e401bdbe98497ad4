import { randomBytes, randomUUID } from 'node:crypto';
import { TRPCError, type inferRouterInputs } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticle, createSection, createStaff, signInSession, TEST_PASSWORD } from '../../test/factories';
import { databaseFingerprint, withTestDatabase } from '../../test/integration/test-database';
import { totpCode } from '../../test/two-factor';
import { hashResetToken } from '../admin/reset-token';
import { defaultFrontLayout } from '../front/front-layout.schema';
import { resolveActor } from '../auth/actor';
import { sealSecret } from '../auth/two-factor/secret-box';
import { newTotpSecret } from '../auth/two-factor/totp';
import type { ArticleState, UpdateState } from '../workflow/states';
import { appRouter, createCaller, type AppRouter } from './root';

/**
 * The permission matrix, generated from the router: every procedure of appRouter, called by each kind of
 * caller with input valid enough that only the permission rules can refuse it. Accepted calls must succeed;
 * refused ones must be refused as such (never a validation error) and leave every row of every table as it
 * was. A procedure without a row in MATRIX fails the test (and the type check).
 */

const t = withTestDatabase();

const CALLERS = ['anonymous', 'authorJournalist', 'otherJournalist', 'editor', 'admin', 'deactivated'] as const;
type Who = (typeof CALLERS)[number];

// Who may call: the sets the rows below are made of.
const EVERYONE = CALLERS;
const STAFF = ['authorJournalist', 'otherJournalist', 'editor', 'admin'] as const;
/** The article under test is the author journalist's own draft (or an article in their hands). */
const ARTICLE_READERS = ['authorJournalist', 'editor', 'admin'] as const;
const EDITORS = ['editor', 'admin'] as const;
const ADMIN = ['admin'] as const;

type Inputs = inferRouterInputs<AppRouter>;
type ProcedurePath = { [R in keyof Inputs]: `${R & string}.${keyof Inputs[R] & string}` }[keyof Inputs];
type InputOf<P extends ProcedurePath> = P extends `${infer R}.${infer N}`
  ? R extends keyof Inputs
    ? N extends keyof Inputs[R]
      ? Inputs[R][N]
      : never
    : never
  : never;
/** A row: who may call the procedure, and how to make a valid input (creating, for each call, the rows it needs). */
type Row<P extends ProcedurePath> = { may: readonly Who[]; input: (w: World, who: Who) => Promise<InputOf<P>> | InputOf<P> };

// ONE table: procedure → who may call it. Adding a procedure means adding its line here.
const MATRIX: { [P in ProcedurePath]: Row<P> } = {
  'session.me': { may: EVERYONE, input: () => undefined },
  'session.list': { may: STAFF, input: () => undefined },
  'session.end': { may: STAFF, input: async (w, who) => ({ sessionId: await w.sessionOf(who) }) },
  'session.endOthers': { may: STAFF, input: () => undefined },
  'article.create': { may: STAFF, input: (w) => ({ headline: 'Matrix', sectionId: w.sectionId }) },
  'article.save': { may: ARTICLE_READERS, input: async (w) => ({ id: (await w.article()).id, expectedVersion: 1, content: w.content() }) },
  'article.createTag': { may: EDITORS, input: () => ({ name: `Tag ${unique()}` }) },
  'article.keepConflictCopy': { may: ARTICLE_READERS, input: async (w) => ({ id: (await w.article()).id, content: w.content() }) },
  'article.revisions': { may: ARTICLE_READERS, input: async (w) => ({ id: (await w.article()).id }) },
  'article.headlineTwins': { may: STAFF, input: async (w) => ({ id: (await w.article()).id, headline: 'Russia and China' }) },
  'article.changesSinceSubmission': { may: ARTICLE_READERS, input: async (w) => ({ id: (await w.article()).id }) },
  'article.diffRevisions': { may: ARTICLE_READERS, input: async (w) => { const a = await w.article(); return { id: a.id, fromId: await w.revision(a.id), toId: await w.revision(a.id) }; } },
  'article.restoreRevision': { may: ARTICLE_READERS, input: async (w) => { const a = await w.article(); return { id: a.id, revisionId: await w.revision(a.id), expectedVersion: 1 }; } },
  'article.get': { may: ARTICLE_READERS, input: async (w) => ({ id: (await w.article()).id }) },
  'article.list': { may: STAFF, input: () => ({}) },
  'article.dashboard': { may: STAFF, input: () => undefined },
  'article.formOptions': { may: STAFF, input: () => undefined },
  'article.submit': { may: ARTICLE_READERS, input: async (w) => ({ id: (await w.article()).id, expectedVersion: 1 }) },
  'article.approve': { may: EDITORS, input: async (w) => ({ id: (await w.article('IN_REVIEW')).id, expectedVersion: 1 }) },
  'article.requestChanges': { may: EDITORS, input: async (w) => ({ id: (await w.article('IN_REVIEW')).id, expectedVersion: 1, comment: 'Check the dates.' }) },
  'article.schedule': { may: EDITORS, input: async (w) => ({ id: (await w.article('APPROVED')).id, expectedVersion: 1, publishAt: inAMonth() }) },
  'article.reschedule': { may: EDITORS, input: async (w) => ({ id: (await w.article('SCHEDULED')).id, expectedVersion: 1, publishAt: inAMonth() }) },
  'article.unschedule': { may: EDITORS, input: async (w) => ({ id: (await w.article('SCHEDULED')).id, expectedVersion: 1 }) },
  'article.publish': { may: EDITORS, input: async (w) => ({ id: (await w.article('APPROVED')).id, expectedVersion: 1 }) },
  'article.unpublish': { may: EDITORS, input: async (w) => ({ id: (await w.article('PUBLISHED')).id, expectedVersion: 1, reason: 'Legal asked us to.' }) },
  'article.republish': { may: EDITORS, input: async (w) => ({ id: (await w.article('UNPUBLISHED')).id, expectedVersion: 1 }) },
  'article.archive': { may: ADMIN, input: async (w) => ({ id: (await w.article()).id, expectedVersion: 1 }) },
  'article.restore': { may: ADMIN, input: async (w) => ({ id: (await w.article('ARCHIVED')).id, expectedVersion: 1 }) },
  'article.takeDown': { may: EDITORS, input: async (w) => ({ id: (await w.article('PUBLISHED')).id, expectedVersion: 1, reason: 'Court order 12/26', ground: 'LEGAL', notice: '' }) },
  'article.reinstate': { may: ADMIN, input: async (w) => ({ id: (await w.article('TAKEN_DOWN')).id, expectedVersion: 1, reason: 'Order lifted' }) },
  'article.setEmbargo': { may: EDITORS, input: async (w) => ({ id: (await w.article()).id, expectedVersion: 1, until: inAMonth() }) },
  'liveBlog.setEnabled': { may: EDITORS, input: async (w) => ({ id: (await w.article()).id, expectedVersion: 1, isLiveBlog: true }) },
  'liveBlog.entries': { may: ARTICLE_READERS, input: async (w) => ({ articleId: (await w.liveBlog()).id }) },
  // Into the author's draft blog: the author and editors; anyone else is refused (journalists without a byline too).
  'liveBlog.post': { may: ARTICLE_READERS, input: async (w) => ({ articleId: (await w.liveBlog()).id, text: 'Sirens in the city centre.' }) },
  'liveBlog.approve': { may: EDITORS, input: async (w) => ({ entryId: await w.entry('PENDING'), expectedVersion: 1 }) },
  // A waiting entry by the author journalist: they may still change or withdraw it; editors may too.
  'liveBlog.edit': { may: ARTICLE_READERS, input: async (w) => ({ entryId: await w.entry('PENDING'), expectedVersion: 1, text: 'Sirens, now quiet.', reason: 'Update' }) },
  'liveBlog.remove': { may: ARTICLE_READERS, input: async (w) => ({ entryId: await w.entry('PENDING'), expectedVersion: 1, reason: 'Duplicate' }) },
  'liveBlog.pin': { may: EDITORS, input: async (w) => ({ entryId: await w.entry('POSTED'), expectedVersion: 1, pinned: true }) },
  'article.submitUpdate': { may: EDITORS, input: async (w) => ({ id: (await w.liveWithUpdate('DRAFTING')).id, expectedVersion: 1 }) },
  'article.requestUpdateChanges': { may: EDITORS, input: async (w) => ({ id: (await w.liveWithUpdate('IN_REVIEW')).id, expectedVersion: 1, comment: 'Cite the court record.' }) },
  'article.discardUpdate': { may: EDITORS, input: async (w) => ({ id: (await w.liveWithUpdate('DRAFTING')).id, expectedVersion: 1, comment: 'Superseded by a new story.' }) },
  'article.publishUpdate': {
    may: EDITORS,
    input: async (w) => ({ id: (await w.liveWithUpdate('IN_REVIEW')).id, expectedVersion: 1, note: { kind: 'CORRECTION' as const, text: 'An earlier version misnamed the minister.' } }),
  },
  'article.removeNote': { may: EDITORS, input: async (w) => ({ noteId: await w.publicNote(), reason: 'Published on the wrong article.' }) },
  'article.changeSlug': { may: EDITORS, input: async (w) => ({ id: (await w.article('PUBLISHED')).id, expectedVersion: 1, slug: `moved-${unique()}`, reason: 'The headline changed.' }) },
  'calendar.get': { may: STAFF, input: () => ({}) },
  'comment.list': { may: ARTICLE_READERS, input: async (w) => ({ articleId: (await w.article()).id }) },
  'comment.add': { may: ARTICLE_READERS, input: async (w) => ({ articleId: (await w.article()).id, body: 'Is this date right?' }) },
  'comment.setResolved': { may: ARTICLE_READERS, input: async (w) => ({ commentId: await w.comment(), resolved: true }) },
  'notification.list': { may: STAFF, input: () => ({}) },
  'notification.markRead': { may: STAFF, input: () => ({}) },
  'presence.beat': { may: ARTICLE_READERS, input: async (w) => ({ articleId: (await w.article()).id }) },
  'previewLink.create': { may: ARTICLE_READERS, input: async (w) => ({ articleId: (await w.article()).id, hours: 24 }) },
  'previewLink.list': { may: ARTICLE_READERS, input: async (w) => ({ articleId: (await w.article()).id }) },
  'previewLink.revoke': { may: ARTICLE_READERS, input: async (w) => ({ linkId: await w.previewLink() }) },
  'previewLink.revokeAll': { may: ARTICLE_READERS, input: async (w) => { const a = await w.article(); await w.previewLink(a.id); return { articleId: a.id }; } },
  'profile.get': { may: STAFF, input: () => undefined },
  'media.list': { may: STAFF, input: () => ({ query: '' }) },
  'media.get': { may: STAFF, input: async (w) => ({ id: await w.image() }) },
  'media.expiredRights': { may: STAFF, input: () => undefined },
  // The image is the author journalist's upload: they and editors may describe and crop it.
  'media.update': {
    may: ARTICLE_READERS,
    input: async (w) => ({ id: await w.image(), caption: 'Matrix', credit: 'Matrix', copyright: '', keywords: [], rightsLastDay: null, focal: { x: 0.5, y: 0.5 }, cropOverrides: {}, expectedVersion: 1 }),
  },
  'profile.update': { may: STAFF, input: () => ({ name: 'Renamed in the matrix', jobTitle: '', bio: '' }) },
  'distribution.apiKeys': { may: ADMIN, input: () => undefined },
  'distribution.createApiKey': { may: ADMIN, input: () => ({ name: 'Partner app', scopes: ['articles'], rateLimitPerMinute: 60 }) },
  'distribution.revokeApiKey': { may: ADMIN, input: async (w) => ({ apiKeyId: await w.apiKey() }) },
  'distribution.anonymousAccess': { may: ADMIN, input: () => undefined },
  'distribution.setAnonymousAccess': { may: ADMIN, input: () => ({ allowed: false }) },
  'distribution.webhooks': { may: ADMIN, input: () => undefined },
  'distribution.createWebhook': { may: ADMIN, input: () => ({ name: 'Partner', url: 'https://receiver.example/hook', events: ['article.published'] }) },
  'distribution.setWebhookEnabled': { may: ADMIN, input: async (w) => ({ endpointId: await w.webhook(), enabled: false }) },
  'distribution.deleteWebhook': { may: ADMIN, input: async (w) => ({ endpointId: await w.webhook() }) },
  'distribution.webhookDeliveries': { may: ADMIN, input: async (w) => ({ endpointId: await w.webhook(), limit: 10 }) },
  'distribution.redeliverWebhook': { may: ADMIN, input: async (w) => ({ deliveryId: await w.webhookDelivery() }) },
  'section.list': { may: ADMIN, input: () => undefined },
  'section.create': { may: ADMIN, input: () => ({ name: `Section ${unique()}` }) },
  'section.update': { may: ADMIN, input: async (w) => ({ sectionId: await w.section(), name: `Renamed ${unique()}`, slug: '', description: '' }) },
  'section.reorder': { may: ADMIN, input: (w) => w.allSectionIds() },
  'section.setArchived': { may: ADMIN, input: async (w) => ({ sectionId: await w.section(), archived: true }) },
  'section.delete': { may: ADMIN, input: async (w) => ({ sectionId: await w.section() }) },
  'front.list': { may: EDITORS, input: () => undefined },
  'front.get': { may: EDITORS, input: () => ({ front: 'home' }) },
  'front.preview': { may: EDITORS, input: () => ({ front: 'home', layout: defaultFrontLayout(null) }) },
  'front.searchStories': { may: EDITORS, input: () => ({ query: 'Matrix' }) },
  // A fresh section's front each call, never saved before (version 0).
  'front.save': { may: EDITORS, input: async () => ({ front: (await createSection(t.db)).slug, expectedVersion: 0, layout: defaultFrontLayout(null) }) },
  'settings.newsroom': { may: STAFF, input: () => undefined },
  'settings.get': { may: ADMIN, input: () => undefined },
  'settings.sso': { may: ADMIN, input: () => undefined },
  'settings.checklist': { may: ADMIN, input: () => undefined },
  'settings.updateChecklist': { may: ADMIN, input: () => ({ tags: { level: 'required', sectionIds: [] } }) },
  'settings.setSsoCreatesAccounts': { may: ADMIN, input: () => ({ createsAccounts: true }) },
  'settings.update': { may: ADMIN, input: () => ({ name: 'Masthead', timeZone: 'Europe/Kyiv', fourEyesApproval: true, twoFactorRoles: ['ADMIN'] }) },
  'staff.list': { may: ADMIN, input: () => undefined },
  'staff.invite': { may: ADMIN, input: () => ({ name: 'New Hire', email: `new-${unique()}@example.test`, role: 'JOURNALIST' }) },
  'staff.changeRole': { may: ADMIN, input: async (w) => ({ userId: await w.bystander(), role: 'EDITOR' }) },
  'staff.setActive': { may: ADMIN, input: async (w) => ({ userId: await w.bystander(), active: false }) },
  'staff.endSessions': { may: ADMIN, input: async (w) => ({ userId: await w.bystander() }) },
  'staff.createResetLink': { may: ADMIN, input: async (w) => ({ userId: await w.bystander() }) },
  'audit.list': { may: ADMIN, input: () => ({}) },
  'passwordReset.check': { may: EVERYONE, input: async (w) => ({ token: await w.resetToken() }) },
  'password.change': { may: STAFF, input: () => ({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD }) },
  'twoFactor.status': { may: STAFF, input: () => undefined },
  'twoFactor.start': { may: STAFF, input: async (w) => { await w.twoFactorForAll(null); return undefined; } },
  'twoFactor.confirm': { may: STAFF, input: async (w) => ({ code: await w.twoFactorForAll('pending') }) },
  'twoFactor.disable': { may: STAFF, input: async (w) => ({ code: await w.twoFactorForAll('confirmed') }) },
  'twoFactor.reset': { may: ADMIN, input: async () => ({ userId: (await createStaff(t.db, { twoFactor: true })).id }) },
  'passwordReset.complete': { may: EVERYONE, input: async (w) => ({ token: await w.resetToken(), password: 'a long enough new password', confirmation: 'a long enough new password' }) },
};

const unique = () => randomBytes(4).toString('hex');
const NEW_PASSWORD = 'lantern orchard quietly';
const BODY = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Details: the body.' }] }] };
/** A publish time far enough ahead to be valid in any newsroom zone. */
function inAMonth(): string {
  return `${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}T10:00`;
}

/** The seeded newsroom, and makers of the fresh rows a single call needs (so accepted calls never disturb the next). */
async function seedWorld() {
  const db = t.db;
  const [authorJournalist, otherJournalist, editor, admin, deactivated] = await Promise.all([
    createStaff(db, { role: 'JOURNALIST' }),
    createStaff(db, { role: 'JOURNALIST' }),
    createStaff(db, { role: 'EDITOR' }),
    createStaff(db, { role: 'ADMIN' }),
    // The strongest account, deactivated: its old session must open nothing.
    createStaff(db, { role: 'ADMIN', active: false }),
  ]);
  const sectionId = (await createSection(db)).id;
  const previewLink = async (articleId?: string) => {
    const id = articleId ?? (await article()).id;
    const link = await db.previewLink.create({ data: { articleId: id, createdById: authorJournalist.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    return link.id;
  };
  /** The author journalist's article, in `state` (a complete draft by default). */
  async function article(state: ArticleState = 'DRAFT') {
    const created = await createArticle(db, { authors: [authorJournalist], sectionId, state });
    if (state === 'SCHEDULED') await db.article.update({ where: { id: created.id }, data: { publishAt: new Date(Date.now() + 86_400_000) } });
    if (state === 'UNPUBLISHED' || state === 'TAKEN_DOWN') await db.article.update({ where: { id: created.id }, data: { publishedAt: new Date() } });
    return created;
  }
  /** The author journalist's live blog, in `state`. */
  async function liveBlog(state: ArticleState = 'DRAFT') {
    const created = await article(state);
    return db.article.update({ where: { id: created.id }, data: { isLiveBlog: true } });
  }
  /** An entry by the author journalist on their live blog, as it stands once published. */
  async function entry(status: 'PENDING' | 'POSTED') {
    const blog = await liveBlog('PUBLISHED');
    const postedAt = status === 'POSTED' ? new Date() : null;
    return (await db.liveBlogEntry.create({ data: { articleId: blog.id, authorId: authorJournalist.id, text: 'Sirens in the city centre.', status, postedAt } })).id;
  }
  /** A live article of the author journalist's whose pending update (written by nobody in the matrix) is in `updateState`. */
  async function liveWithUpdate(updateState: UpdateState) {
    const created = await article('PUBLISHED');
    return db.article.update({ where: { id: created.id }, data: { updateState, liveRevisionId: await world.revision(created.id) } });
  }
  /** A public note shown on a live article. */
  async function publicNote() {
    const { id: articleId } = await article('PUBLISHED');
    const revisionId = await world.revision(articleId);
    return (await db.articleNote.create({ data: { articleId, revisionId, kind: 'CORRECTION', text: 'An earlier version misdated the vote.', publishedAt: new Date() } })).id;
  }
  const content = () => ({
    headline: 'Russia and China strengthen defence cooperation – ISW',
    slug: '' as const,
    standfirst: '',
    body: BODY,
    sectionId,
    tagIds: [],
    bylines: [{ userId: authorJournalist.id }],
    sources: [],
    leadImage: null,
  });
  const world = {
    people: { authorJournalist, otherJournalist, editor, admin, deactivated },
    sectionId,
    content,
    article,
    liveBlog,
    entry,
    liveWithUpdate,
    publicNote,
    previewLink,
    /** A signed-in device of `who` (of the author journalist for the anonymous caller), to end. */
    async sessionOf(who: Who) {
      return (await signInSession(db, who === 'anonymous' ? authorJournalist : { authorJournalist, otherJournalist, editor, admin, deactivated }[who])).sessionId;
    },
    async revision(articleId: string) {
      return (await db.articleRevision.create({ data: { articleId, authorId: authorJournalist.id, articleVersion: 1, snapshot: content() } })).id;
    },
    async comment() {
      const { id: articleId } = await article();
      return (await db.articleComment.create({ data: { articleId, authorId: editor.id, body: 'Is this date right?' } })).id;
    },
    section: async () => (await createSection(db)).id,
    /** An image in the library, uploaded by the author journalist. */
    image: async () => (await db.mediaAsset.create({ data: { storageKey: `${randomUUID()}.jpg`, mimeType: 'image/jpeg', byteSize: 1, width: 64, height: 48, uploadedById: authorJournalist.id } })).id,
    apiKey: async () => (await db.apiKey.create({ data: { name: 'Key', prefix: 'mh_x', keyHash: randomBytes(16).toString('hex'), scopes: ['articles'] } })).id,
    webhook: async () => (await db.webhookEndpoint.create({ data: { name: 'Hook', url: 'https://receiver.example/hook', events: ['article.published'], secretSealed: 'v1.x.y.z' } })).id,
    async webhookDelivery() {
      const endpointId = await world.webhook();
      const event = await db.webhookEvent.create({ data: { type: 'article.published', subject: 'article:x', payload: {} } });
      return (await db.webhookDelivery.create({ data: { endpointId, eventId: event.id, streamKey: `${endpointId}/article:x` } })).id;
    },
    allSectionIds: async () => ({ sectionIds: (await db.section.findMany({ orderBy: { id: 'desc' }, select: { id: true } })).map((s) => s.id) }),
    /** A staff member nobody in the matrix acts as, for admin actions on accounts. */
    bystander: async () => (await createStaff(db, { role: 'JOURNALIST' })).id,
    /**
     * Gives everyone in the matrix no authenticator app (null), or one app (a fresh secret, no step used
     * yet) that is being set up or is on; returns the code it shows now.
     */
    async twoFactorForAll(state: 'pending' | 'confirmed' | null) {
      const userIds = Object.values(world.people).map((person) => person.id);
      await db.userTwoFactor.deleteMany({ where: { userId: { in: userIds } } });
      if (!state) return '';
      const secret = newTotpSecret();
      const confirmedAt = state === 'confirmed' ? new Date() : null;
      await db.userTwoFactor.createMany({ data: userIds.map((userId) => ({ userId, secretEncrypted: sealSecret(secret), confirmedAt })) });
      return totpCode(secret);
    },
    async resetToken() {
      const token = randomBytes(32).toString('base64url');
      const { id: userId } = await createStaff(db);
      await db.passwordResetToken.create({ data: { tokenHash: hashResetToken(token), userId, expiresAt: new Date(Date.now() + 3_600_000) } });
      return token;
    },
  };
  return world;
}
type World = Awaited<ReturnType<typeof seedWorld>>;

/** The caller a request gets: through resolveActor, as the tRPC route does, so a deactivated account's session resolves to no one. */
async function callerFor(w: World, who: Who) {
  const user = who === 'anonymous' ? null : w.people[who];
  const claims = user && (await signInSession(t.db, user));
  const actor = await resolveActor(t.db, claims);
  return createCaller({ db: t.db, actor, sessionId: claims?.sessionId ?? null });
}

async function call(caller: ReturnType<typeof createCaller>, path: string, input: unknown): Promise<'accepted' | TRPCError> {
  const [routerName, procedureName] = path.split('.') as [string, string];
  const procedure = (caller as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[routerName]![procedureName]!;
  try {
    await procedure(input);
    return 'accepted';
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
}

const PROCEDURES = Object.keys(appRouter._def.procedures).sort();

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= 'a-test-secret-that-signs-preview-links';
});

describe('the permission matrix', () => {
  it('has exactly one row per procedure of the router', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(PROCEDURES);
  });

  it.each(PROCEDURES)('%s: accepted for exactly its row, refused for everyone else with nothing written', async (path) => {
    const row = (MATRIX as Record<string, { may: readonly Who[]; input: (w: World, who: Who) => unknown } | undefined>)[path];
    if (!row) throw new Error(`${path} has no row in the permission matrix: say who may call it.`);
    const w = await seedWorld();
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const who of CALLERS) {
      const caller = await callerFor(w, who);
      const input = await row.input(w, who);
      const before = await databaseFingerprint(t.db);
      const result = await call(caller, path, input);
      if (result === 'accepted') {
        outcomes[who] = 'accepted';
      } else {
        // A validation error would mean the input, not the permission rules, refused the call.
        outcomes[who] = ['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND'].includes(result.code) ? 'refused' : `${result.code}: ${result.message}`;
        expect(await databaseFingerprint(t.db), `${path} refused for ${who} but changed the database`).toEqual(before);
      }
      expected[who] = row.may.includes(who) ? 'accepted' : 'refused';
    }
    expect(outcomes).toEqual(expected);
  });
});
