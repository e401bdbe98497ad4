import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, sessionCookie, startCollabServer, waitFor, type CollabClient } from '../../test/collab-harness';
import { createArticle, createStaff, signInSession } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { FIELDS_MAP } from './collab-layout';
import { loadArticleDoc } from './collab-persistence';

const database = withTestDatabase();

describe('co-editing: loading and storing an article', () => {
  let server: Awaited<ReturnType<typeof startCollabServer>>;
  const clients: CollabClient[] = [];
  beforeEach(async () => {
    server = await startCollabServer(database.db);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.stop();
    await server.stop();
  });

  async function open(user: { id: string }, articleId: string) {
    const client = await connectClient(server.url, { cookie: await sessionCookie(await signInSession(database.db, user)), articleId });
    clients.push(client);
    return client;
  }

  it('loads the article into the shared document, and stores typing back into the article with its writer', async () => {
    const { db } = database;
    const author = await createStaff(db);
    const article = await createArticle(db, { authors: [author], headline: 'Floods in the north' });
    const client = await open(author, article.id);

    expect(client.access()).toEqual({ type: 'access', mode: 'read-write', reason: '' });
    const headline = client.doc.getMap(FIELDS_MAP).get('headline') as Y.Text;
    expect(headline.toJSON()).toBe('Floods in the north');
    expect(client.doc.getXmlFragment('body').toJSON()).toContain('Details: the body.');

    headline.insert(headline.length, ' worsen');
    await waitFor(() => client.messages.some((message) => message.type === 'stored'), 'the store');
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { revisions: true, contributions: true } });
    expect(stored.headline).toBe('Floods in the north worsen');
    expect(stored.version).toBe(article.version + 1);
    // The store announces its version and the document it held: this client's typing is in it.
    const announced = client.messages.find((message) => message.type === 'stored');
    expect(announced).toMatchObject({ type: 'stored', version: stored.version });
    const heldClock = Y.decodeStateVector(Buffer.from((announced as { stateVector: string }).stateVector, 'base64')).get(client.doc.clientID);
    expect(heldClock).toBe(Y.decodeStateVector(Y.encodeStateVector(client.doc)).get(client.doc.clientID));
    expect(stored.revisions.map((revision) => revision.authorId)).toEqual([author.id]);
    expect(stored.contributions).toContainEqual(expect.objectContaining({ userId: author.id, kind: 'WROTE' }));
    expect(await db.collabDocument.findUnique({ where: { articleId: article.id } })).toMatchObject({ articleVersion: stored.version });
  });

  it('several instances loading a never co-edited article at once all start from one state (no doubled text once synced)', async () => {
    const { db } = database;
    const author = await createStaff(db);
    const article = await createArticle(db, { authors: [author] });
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    await Promise.all(docs.map((doc) => loadArticleDoc(db, { articleId: article.id, doc })));
    const [first, ...others] = docs;
    for (const other of others) Y.applyUpdate(first!, Y.encodeStateAsUpdate(other));
    expect(first!.getXmlFragment('body').toJSON()).toBe('<paragraph>Details: the body.</paragraph>');
  });

  it('refuses a connection from someone who may not open the article', async () => {
    const { db } = database;
    const author = await createStaff(db);
    const stranger = await createStaff(db);
    const article = await createArticle(db, { authors: [author] });
    const client = await open(stranger, article.id);
    expect(client.refusals).toHaveLength(1);
    expect(client.provider.synced).toBe(false);
    expect(client.doc.getXmlFragment('body').length).toBe(0);
  });
});
