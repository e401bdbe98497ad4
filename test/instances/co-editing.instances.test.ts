import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createClient } from 'redis';
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { BODY_FIELD } from '../../server/collab/collab-layout';
import type { Db } from '../../server/db/client';
import { DEMO_PASSWORD } from '../../server/seed/demo-staff';
import { connectClient, waitFor, type CollabClient } from '../collab-harness';
import { startAppInstance, type RunningProcess } from './app-instance';
import { createDemoDatabase, type DemoDatabase } from './demo-database';
import { signIn } from './staff-session';

/**
 * Co-editing across two `next start` processes of the production build (with the server preload, as
 * `npm start` runs them), one PostgreSQL database and one Redis: the WebSocket is served on each app's own
 * port, and a journalist on instance A and an editor on instance B write in one article together.
 * Needs `next build` first.
 */
const adminUrl = process.env.TEST_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const run = randomBytes(4).toString('hex');
const cachePrefix = `masthead-test-${run}:`;
const logDir = 'test-results/instances';

let database: DemoDatabase | undefined;
let db: Db;
const running: RunningProcess[] = [];
const clients: CollabClient[] = [];

beforeAll(async () => {
  database = await createDemoDatabase(adminUrl, `masthead_coediting_${run}`);
  db = database.db;
  mkdirSync(logDir, { recursive: true });
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    MASTHEAD_CACHE_PREFIX: cachePrefix,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    MASTHEAD_SCHEDULER: 'off',
    LOG_LEVEL: 'warn',
  };
  running.push(
    ...(await Promise.all([startAppInstance(env, `${logDir}/coediting-a.log`), startAppInstance(env, `${logDir}/coediting-b.log`)])),
  );
});

afterAll(async () => {
  for (const client of clients) client.stop();
  await Promise.all(running.map((process) => process.stop()));
  await database?.drop();
  const redis = await createClient({ url: redisUrl }).connect();
  for await (const keys of redis.scanIterator({ MATCH: `${cachePrefix}*`, COUNT: 1000 })) if (keys.length) await redis.unlink(keys);
  await redis.quit();
});

const collabUrl = (appUrl: string) => `${appUrl.replace(/^http/, 'ws')}/api/collab`;

it('the WebSocket on the app port refuses an upgrade without a staff session', async () => {
  const [a] = running;
  const status = await new Promise<number>((resolve, reject) => {
    const socket = new WebSocket(collabUrl(a!.url));
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('open', () => reject(new Error('connected without a session')));
    socket.once('error', reject);
  });
  expect(status).toBe(401);
});

it('two people on two instances write one article together, and it is stored merged', async () => {
  const [a, b] = running;
  const [olha, world] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: 'olha@example.com' } }),
    db.section.findUniqueOrThrow({ where: { name: 'World' } }),
  ]);
  const article = await db.article.create({
    data: {
      slug: `coediting-${run}`,
      headline: 'Co-edited across instances',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Middle.' }] }] },
      bodyHtml: '<p>Middle.</p>',
      bodyText: 'Middle.',
      sectionId: world.id,
      createdById: olha.id,
      bylines: { create: [{ position: 0, userId: olha.id }] },
    },
  });
  const [journalist, editor] = await Promise.all([signIn(a!.url, 'olha@example.com', DEMO_PASSWORD), signIn(b!.url, 'editor@example.com', DEMO_PASSWORD)]);
  const onA = await connectClient(collabUrl(a!.url), { cookie: journalist.cookieHeader(), articleId: article.id });
  const onB = await connectClient(collabUrl(b!.url), { cookie: editor.cookieHeader(), articleId: article.id });
  clients.push(onA, onB);
  expect([onA.access(), onB.access()]).toEqual([
    { type: 'access', mode: 'read-write', reason: '' },
    { type: 'access', mode: 'read-write', reason: '' },
  ]);

  const run_ = (client: CollabClient) => (client.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
  run_(onA).insert(0, 'Start. ');
  run_(onB).insert(run_(onB).length, ' End.');
  const merged = 'Start. Middle. End.';
  await waitFor(() => run_(onA).toJSON() === merged && run_(onB).toJSON() === merged, 'both instances to hold both texts');
  await waitFor(async () => (await db.article.findUniqueOrThrow({ where: { id: article.id } })).bodyText === merged, 'the merged text stored');

  // Each instance records its own typist, whichever stored the words first.
  const writers = async () =>
    (await db.articleContribution.findMany({ where: { articleId: article.id, kind: 'WROTE' }, select: { user: { select: { email: true } } } }))
      .map((row) => row.user.email)
      .sort();
  await waitFor(async () => (await writers()).length === 2, 'both typists recorded as writers');
  expect(await writers()).toEqual(['editor@example.com', 'olha@example.com']);
});
