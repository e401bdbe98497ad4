import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { BODY_FIELD } from '../../server/collab/collab-layout';
import { DEMO_PASSWORD } from '../../server/seed/demo-staff';
import type { CollabClient } from '../../test/collab-harness';
import { signIn } from '../../test/instances/staff-session';
import { connectClient, openClients, percentile, residentBytes, startBareCollab, typeTogether } from '../lib/collab-clients';
import { measured, type BenchContext, type Scenario } from '../lib/scenario';

const NAME = 'co-editing';
const TYPISTS = 20;
/** A keystroke every 200 ms: a fast typist's pace, from each of the 20. */
const KEYSTROKE_MS = 200;

/**
 * Co-editing (server/collab/) against a bare Hocuspocus server (bare-collab.ts: no authentication,
 * validation, storage or Redis) in the same run:
 *  - 20 co-editors typing in one article, spread over both instances (so through Redis): how long a
 *    keystroke takes to show in the 19 other editors, p95 (target < 100 ms);
 *  - 200 documents opened on one instance, one editor each: p95 time to open one (connect to synced), and
 *    the instance's resident memory grown per open document.
 */
export const coEditing: Scenario = {
  name: NAME,
  async run(ctx) {
    const cookies = await Promise.all(ctx.appUrls.map(async (url) => (await signIn(url, 'editor@example.com', DEMO_PASSWORD)).cookieHeader()));
    const appUrl = (index: number) => `${ctx.appUrls[index % 2]!.replace(/^http/, 'ws')}/api/collab`;
    const bare = await startBareCollab(ctx.sparePorts.bareCollab);
    const clients: CollabClient[] = [];
    try {
      // 20 typists in one article.
      const shared = await createArticles(ctx, 1, TYPISTS);
      const app = await typing(ctx, clients, (i) => connectClient(appUrl(i), { cookie: cookies[i % 2]!, articleId: shared[0]! }));
      const bareId = randomUUID();
      const seeder = await connectClient(bare.url, { cookie: '', articleId: bareId, expectAccess: false });
      clients.push(seeder);
      seedParagraphs(seeder.doc, TYPISTS);
      const baseline = await typing(ctx, clients, () => connectClient(bare.url, { cookie: '', articleId: bareId, expectAccess: false }));
      const stored = await ctx.db.article.findUniqueOrThrow({ where: { id: shared[0]! }, select: { bodyText: true } });
      const lost = Math.max(0, app.keystrokes - (stored.bodyText.match(/x/g)?.length ?? 0));

      // Many open documents on one instance.
      const documents = ctx.smoke ? 20 : 200;
      const ids = await createArticles(ctx, documents, 1);
      const appOpen = await openMany(clients, ctx.appPid, documents, (i) => connectClient(appUrl(0), { cookie: cookies[0]!, articleId: ids[i]! }));
      const bareOpen = await openMany(clients, bare.pid, documents, () => connectClient(bare.url, { cookie: '', articleId: randomUUID(), expectAccess: false }));

      const note = `${app.keystrokes} keystrokes, ${app.latenciesMs.length} deliveries; p50 ${Math.round(percentile(app.latenciesMs, 50))} ms, p99 ${Math.round(percentile(app.latenciesMs, 99))} ms; ${lost} keystrokes not stored; target p95 < 100 ms`;
      return [
        measured(`${NAME}: ${TYPISTS} typists, keystroke shown to the others`, 'p95 ms', percentile(app.latenciesMs, 95), percentile(baseline.latenciesMs, 95), app.errors + lost, note),
        measured(`${NAME}: ${documents} documents open on one instance, time to open one`, 'p95 ms', appOpen.openP95Ms, bareOpen.openP95Ms, appOpen.errors),
        measured(`${NAME}: memory per open document`, 'KB', appOpen.kbPerDocument, bareOpen.kbPerDocument, 0, 'resident memory grown while they were opened, per document'),
      ];
    } finally {
      for (const client of clients) client.stop();
      await bare.stop();
    }
  },
};

async function typing(ctx: BenchContext, clients: CollabClient[], open: (index: number) => Promise<CollabClient>) {
  const typists = await openClients(TYPISTS, 5, open);
  clients.push(...typists);
  const result = await typeTogether(typists, { seconds: ctx.seconds, intervalMs: KEYSTROKE_MS });
  for (const typist of typists) typist.stop();
  return result;
}

async function openMany(clients: CollabClient[], pid: number, count: number, open: (index: number) => Promise<CollabClient>) {
  const before = residentBytes(pid);
  const openMs: number[] = [];
  const opened = await openClients(count, 10, async (index) => {
    const start = performance.now();
    const client = await open(index);
    openMs.push(performance.now() - start);
    return client;
  });
  clients.push(...opened);
  const kbPerDocument = (residentBytes(pid) - before) / count / 1024;
  const errors = opened.filter((client) => !client.provider.synced).length;
  for (const client of opened) client.stop();
  return { openP95Ms: percentile(openMs, 95), kbPerDocument, errors };
}

/** `count` draft articles in the editor's scope, each with `paragraphs` paragraphs of a few words. */
async function createArticles(ctx: BenchContext, count: number, paragraphs: number): Promise<string[]> {
  const [editor, section] = await Promise.all([
    ctx.db.user.findUniqueOrThrow({ where: { email: 'editor@example.com' } }),
    ctx.db.section.findFirstOrThrow({ where: { archivedAt: null } }),
  ]);
  const body = { type: 'doc', content: Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Typist ${i}: ` }] })) };
  const run = randomUUID().slice(0, 8);
  const created = await ctx.db.article.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({
      slug: `co-editing-${run}-${i}`,
      headline: `Co-editing bench ${i}`,
      body,
      bodyHtml: '',
      bodyText: '',
      sectionId: section.id,
      createdById: editor.id,
    })),
    select: { id: true },
  });
  return created.map((article) => article.id);
}

/** The bare server's document starts empty: the first client writes the same paragraphs the app's article has. */
function seedParagraphs(doc: Y.Doc, count: number) {
  doc.getXmlFragment(BODY_FIELD).insert(
    0,
    Array.from({ length: count }, (_, i) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`Typist ${i}: `)]);
      return paragraph;
    }),
  );
}
