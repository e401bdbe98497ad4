import { describe, expect, it } from 'vitest';
import { resolveActor, type Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { actorFor, createSection, createStaff, signInSession } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { adminSnapshot, callerAs, codeOf } from './admin-test-support';
import { issueResetToken } from './reset-token';

const t = withTestDatabase();
// Webhook secrets are sealed with a key derived from it.
process.env.NEXTAUTH_SECRET ??= 'a-test-secret-for-sealing-webhook-secrets';

const WHO = ['anonymous', 'deactivated', 'journalist', 'editor', 'admin'] as const;
type Who = (typeof WHO)[number];
type Outcome = 'OK' | 'UNAUTHORIZED' | 'FORBIDDEN';

const ADMIN_ONLY = { anonymous: 'UNAUTHORIZED', deactivated: 'UNAUTHORIZED', journalist: 'FORBIDDEN', editor: 'FORBIDDEN', admin: 'OK' } as const;
const STAFF = { anonymous: 'UNAUTHORIZED', deactivated: 'UNAUTHORIZED', journalist: 'OK', editor: 'OK', admin: 'OK' } as const;
const ANYONE = { anonymous: 'OK', deactivated: 'OK', journalist: 'OK', editor: 'OK', admin: 'OK' } as const;

/**
 * THE expected table, written out: who may call every admin procedure. A deactivated user's session
 * resolves to no actor at all (resolveActor returns null), so they are refused as signed out.
 */
const expected: Record<string, Record<Who, Outcome>> = {
  'section.list': ADMIN_ONLY,
  'section.create': ADMIN_ONLY,
  'section.update': ADMIN_ONLY,
  'section.reorder': ADMIN_ONLY,
  'section.setArchived': ADMIN_ONLY,
  'section.delete': ADMIN_ONLY,
  'staff.list': ADMIN_ONLY,
  'staff.invite': ADMIN_ONLY,
  'staff.changeRole': ADMIN_ONLY,
  'staff.setActive': ADMIN_ONLY,
  'staff.createResetLink': ADMIN_ONLY,
  'staff.endSessions': ADMIN_ONLY,
  'settings.get': ADMIN_ONLY,
  'settings.update': ADMIN_ONLY,
  'settings.sso': ADMIN_ONLY,
  'settings.setSsoCreatesAccounts': ADMIN_ONLY,
  'settings.checklist': ADMIN_ONLY,
  'settings.updateChecklist': ADMIN_ONLY,
  // The newsroom's name and clock, which every desk page shows times with.
  'settings.newsroom': STAFF,
  'audit.list': ADMIN_ONLY,
  'distribution.apiKeys': ADMIN_ONLY,
  'distribution.createApiKey': ADMIN_ONLY,
  'distribution.revokeApiKey': ADMIN_ONLY,
  'distribution.anonymousAccess': ADMIN_ONLY,
  'distribution.setAnonymousAccess': ADMIN_ONLY,
  'distribution.webhooks': ADMIN_ONLY,
  'distribution.createWebhook': ADMIN_ONLY,
  'distribution.setWebhookEnabled': ADMIN_ONLY,
  'distribution.deleteWebhook': ADMIN_ONLY,
  'distribution.webhookDeliveries': ADMIN_ONLY,
  'distribution.redeliverWebhook': ADMIN_ONLY,
  // The person holding a set-password link is not signed in: the link itself is the credential.
  'passwordReset.check': ANYONE,
  'passwordReset.complete': ANYONE,
};

async function world(db: Db) {
  const admin = await createStaff(db, { role: 'ADMIN' });
  await createStaff(db, { role: 'ADMIN' }); // a second admin, so an allowed demotion is not the last admin's
  const editor = await createStaff(db, { role: 'EDITOR' });
  const journalist = await createStaff(db, { role: 'JOURNALIST' });
  // The strongest account there is, but deactivated: their old session must get them nothing.
  const formerAdmin = await createStaff(db, { role: 'ADMIN', active: false });
  const target = await createStaff(db, { role: 'JOURNALIST' });
  await signInSession(db, target); // a live session, so a wrongly allowed "end sessions" would show
  const section = await createSection(db);
  const other = await createSection(db);
  const link = await db.$transaction((tx) => issueResetToken(tx, { userId: target.id, now: new Date() }));
  const token = link.path.split('/').at(-1) ?? '';
  const actors: Record<Who, Actor | null> = {
    anonymous: null,
    deactivated: await resolveActor(db, await signInSession(db, formerAdmin)),
    journalist: actorFor(journalist),
    editor: actorFor(editor),
    admin: actorFor(admin),
  };
  const apiKey = await db.apiKey.create({ data: { name: 'Partner', prefix: 'mh_x', keyHash: `hash-${section.id}`, scopes: ['articles'] } });
  const webhook = await db.webhookEndpoint.create({ data: { name: 'Hook', url: 'https://receiver.example/hook', events: ['article.published'], secretSealed: 'v1.x.y.z' } });
  const event = await db.webhookEvent.create({ data: { type: 'article.published', subject: 'article:x', payload: {} } });
  const delivery = await db.webhookDelivery.create({ data: { endpointId: webhook.id, eventId: event.id, streamKey: `${webhook.id}/article:x` } });
  return { actors, target, section, other, token, apiKey, webhook, delivery };
}
type World = Awaited<ReturnType<typeof world>>;
type Api = ReturnType<typeof callerAs>;

const calls: Record<keyof typeof expected, (api: Api, w: World) => Promise<unknown>> = {
  'section.list': (api) => api.section.list(),
  'section.create': (api) => api.section.create({ name: 'Sport', slug: '', description: 'Games.' }),
  'section.update': (api, w) => api.section.update({ sectionId: w.section.id, name: 'Renamed', slug: 'renamed', description: 'New.' }),
  'section.reorder': (api, w) => api.section.reorder({ sectionIds: [w.other.id, w.section.id] }),
  'section.setArchived': (api, w) => api.section.setArchived({ sectionId: w.section.id, archived: true }),
  'section.delete': (api, w) => api.section.delete({ sectionId: w.section.id }),
  'staff.list': (api) => api.staff.list(),
  'staff.invite': (api) => api.staff.invite({ name: 'New Person', email: 'new.person@example.test', role: 'EDITOR' }),
  'staff.changeRole': (api, w) => api.staff.changeRole({ userId: w.target.id, role: 'EDITOR' }),
  'staff.setActive': (api, w) => api.staff.setActive({ userId: w.target.id, active: false }),
  'staff.createResetLink': (api, w) => api.staff.createResetLink({ userId: w.target.id }),
  'staff.endSessions': (api, w) => api.staff.endSessions({ userId: w.target.id }),
  'settings.get': (api) => api.settings.get(),
  'settings.newsroom': (api) => api.settings.newsroom(),
  'settings.update': (api) => api.settings.update({ name: 'The Daily', timeZone: 'Europe/London', fourEyesApproval: false, twoFactorRoles: ['ADMIN'] }),
  'settings.sso': (api) => api.settings.sso(),
  'settings.setSsoCreatesAccounts': (api) => api.settings.setSsoCreatesAccounts({ createsAccounts: true }),
  'settings.checklist': (api) => api.settings.checklist(),
  'settings.updateChecklist': (api) => api.settings.updateChecklist({ tags: { level: 'required', sectionIds: [] } }),
  'audit.list': (api) => api.audit.list({}),
  'distribution.apiKeys': (api) => api.distribution.apiKeys(),
  'distribution.createApiKey': (api) => api.distribution.createApiKey({ name: 'App', scopes: ['articles', 'tags'], rateLimitPerMinute: 60 }),
  'distribution.revokeApiKey': (api, w) => api.distribution.revokeApiKey({ apiKeyId: w.apiKey.id }),
  'distribution.anonymousAccess': (api) => api.distribution.anonymousAccess(),
  'distribution.setAnonymousAccess': (api) => api.distribution.setAnonymousAccess({ allowed: false }),
  'distribution.webhooks': (api) => api.distribution.webhooks(),
  'distribution.createWebhook': (api) => api.distribution.createWebhook({ name: 'Partner', url: 'https://receiver.example/in', events: ['section.created'] }),
  'distribution.setWebhookEnabled': (api, w) => api.distribution.setWebhookEnabled({ endpointId: w.webhook.id, enabled: false }),
  'distribution.deleteWebhook': (api, w) => api.distribution.deleteWebhook({ endpointId: w.webhook.id }),
  'distribution.webhookDeliveries': (api, w) => api.distribution.webhookDeliveries({ endpointId: w.webhook.id, limit: 10 }),
  'distribution.redeliverWebhook': (api, w) => api.distribution.redeliverWebhook({ deliveryId: w.delivery.id }),
  'passwordReset.check': (api, w) => api.passwordReset.check({ token: w.token }),
  'passwordReset.complete': (api, w) =>
    api.passwordReset.complete({ token: w.token, password: 'a brand new password', confirmation: 'a brand new password' }),
};

describe('who may call each admin procedure', () => {
  it('covers every procedure of the admin routers', async () => {
    const { appRouter } = await import('../api/root');
    const adminProcedures = Object.keys(appRouter._def.procedures).filter((name) =>
      ['section.', 'staff.', 'settings.', 'audit.', 'passwordReset.', 'distribution.'].some((prefix) => name.startsWith(prefix)),
    );
    expect(adminProcedures.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [procedure, row] of Object.entries(expected)) {
    for (const who of WHO) {
      it(`${procedure} as ${who}: ${row[who]}`, async () => {
        const w = await world(t.db);
        if (who === 'deactivated') expect(w.actors.deactivated).toBeNull();
        const before = await adminSnapshot(t.db);
        const outcome = await codeOf(calls[procedure]!(callerAs(t.db, w.actors[who]), w));
        expect(outcome).toBe(row[who]);
        // A refused call changes nothing at all, not even an audit row.
        if (outcome !== 'OK') expect(await adminSnapshot(t.db)).toEqual(before);
      });
    }
  }
});
