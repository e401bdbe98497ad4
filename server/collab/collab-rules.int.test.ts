import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { connectClient, sessionCookie, startCollabServer, waitFor, type CollabClient } from '../../test/collab-harness';
import { createArticle, createStaff, signInSession, actorFor } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { rawCollabClient } from '../../test/raw-collab-client';
import { createCaller } from '../api/root';
import { BODY_FIELD, documentNameOf, FIELDS_MAP } from './collab-layout';
import { readArticleContent } from './collab-persistence';

const database = withTestDatabase();

describe('co-editing: who may write, and what may be written', () => {
  let server: Awaited<ReturnType<typeof startCollabServer>>;
  const clients: CollabClient[] = [];
  beforeEach(async () => {
    server = await startCollabServer(database.db);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.stop();
    await server.stop();
  });

  const cookieOf = async (user: { id: string }) => sessionCookie(await signInSession(database.db, user));
  async function open(user: { id: string }, articleId: string) {
    const client = await connectClient(server.url, { cookie: await cookieOf(user), articleId });
    clients.push(client);
    return client;
  }
  const storedArticle = (id: string) =>
    database.db.article.findUniqueOrThrow({ where: { id }, include: { revisions: true, contributions: true, collabDocument: true } });
  const typeAtEnd = (client: CollabClient, text: string) => {
    const paragraph = client.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement;
    const run = paragraph.get(0) as Y.XmlText;
    run.insert(run.length, text);
  };

  it('two people typing in one paragraph at once: both texts are kept, stored once merged, both named as writers', async () => {
    const { db } = database;
    const author = await createStaff(db);
    const editor = await createStaff(db, { role: 'EDITOR' });
    const article = await createArticle(db, { authors: [author] });
    const [mine, theirs] = [await open(author, article.id), await open(editor, article.id)];

    const paragraph = (client: CollabClient) => (client.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    paragraph(mine).insert(0, 'Breaking: ');
    typeAtEnd(theirs, ' More soon.');
    const merged = 'Breaking: Details: the body. More soon.';
    await waitFor(() => paragraph(mine).toJSON() === merged && paragraph(theirs).toJSON() === merged, 'both editors to see both texts');
    await waitFor(async () => (await storedArticle(article.id)).bodyText === merged, 'the merged text to be stored');

    const stored = await storedArticle(article.id);
    expect(stored.bodyHtml).toBe(`<p>${merged}</p>`);
    expect(stored.contributions.filter((row) => row.kind === 'WROTE').map((row) => row.userId).sort()).toEqual([author.id, editor.id].sort());
    // The editor typed in it, so the four-eyes rule keeps them from approving it.
    await createCaller({ db, actor: actorFor(author) }).article.submit({ id: article.id, expectedVersion: stored.version });
    const submitted = await storedArticle(article.id);
    await expect(createCaller({ db, actor: actorFor(editor) }).article.approve({ id: article.id, expectedVersion: submitted.version })).rejects.toThrow(/wrote/i);
  });

  it('a raw client without write permission changes nothing stored', async () => {
    const { db } = database;
    const author = await createStaff(db);
    const article = await createArticle(db, { authors: [author], state: 'IN_REVIEW', headline: 'Under review' });
    const raw = await rawCollabClient(server.url, { cookie: await cookieOf(author), documentName: documentNameOf(article.id) });
    await waitFor(() => raw.stateless.some((payload) => payload.includes('read-only')), 'the read-only access message');

    const forged = new Y.Doc();
    const headline = new Y.Text('Rewritten while under review');
    forged.getMap(FIELDS_MAP).set('headline', headline);
    raw.sendUpdate(Y.encodeStateAsUpdate(forged));
    // A writer afterwards sees the document as it was, and a store changes nothing.
    const editor = await createStaff(db, { role: 'EDITOR' });
    const reader = await open(editor, article.id);
    expect((reader.doc.getMap(FIELDS_MAP).get('headline') as Y.Text).toJSON()).toBe('Under review');
    await server.collab.flush(article.id);
    const stored = await storedArticle(article.id);
    expect(stored).toMatchObject({ headline: 'Under review', version: article.version });
    expect(stored.revisions).toHaveLength(0);
    raw.close();
  });

  it('carets carry the signed-in names: a client can neither name itself as someone else nor speak for another client', async () => {
    const { db } = database;
    const author = await createStaff(db, { name: 'Ana Author' });
    const editor = await createStaff(db, { role: 'EDITOR', name: 'Ed Editor' });
    const article = await createArticle(db, { authors: [author] });
    const watcher = await open(author, article.id);
    const colleague = await open(editor, article.id);
    colleague.provider.setAwarenessField('user', { id: editor.id, name: 'Ed Editor', color: '#1d4ed8' });
    await waitFor(() => watcher.provider.awareness?.getStates().get(colleague.doc.clientID)?.user !== undefined, 'the colleague’s caret');

    const raw = await rawCollabClient(server.url, { cookie: await cookieOf(author), documentName: documentNameOf(article.id) });
    await waitFor(() => raw.authenticated(), 'the raw client to be let in');
    const pretender = new Awareness(new Y.Doc());
    pretender.setLocalState({ user: { id: editor.id, name: 'The Editor-in-Chief', color: '#000000' } });
    const impostor = new Awareness(new Y.Doc());
    impostor.clientID = colleague.doc.clientID;
    impostor.setLocalState({ user: { id: editor.id, name: 'Ed Editor (leaving)', color: '#000000' } });
    raw.sendAwareness(encodeAwarenessUpdate(pretender, [pretender.clientID]));
    raw.sendAwareness(encodeAwarenessUpdate(impostor, [impostor.clientID]));
    // A later update of its own: once it arrives, the one before it has been handled.
    pretender.setLocalStateField('marker', 'after the impostor');
    raw.sendAwareness(encodeAwarenessUpdate(pretender, [pretender.clientID]));

    await waitFor(() => watcher.provider.awareness?.getStates().get(pretender.clientID)?.marker === 'after the impostor', 'the raw client’s caret');
    expect(watcher.provider.awareness?.getStates().get(pretender.clientID)?.user).toMatchObject({ id: author.id, name: 'Ana Author' });
    expect(watcher.provider.awareness?.getStates().get(colleague.doc.clientID)?.user).toMatchObject({ id: editor.id, name: 'Ed Editor' });
    raw.close();
  });

  it.each([
    ['an unknown node', (doc: Y.Doc) => doc.getXmlFragment(BODY_FIELD).insert(0, [new Y.XmlElement('iframe')])],
    [
      'a javascript: link',
      (doc: Y.Doc) => {
        const run = (doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
        run.format(0, 7, { link: { href: 'javascript:alert(1)' } });
      },
    ],
    [
      'an oversized document',
      (doc: Y.Doc) => {
        const run = (doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
        run.insert(0, 'word '.repeat(150_000));
      },
    ],
  ])('content the body validator refuses (%s) is refused, the client disconnected, nothing stored', async (_what, spoil) => {
    const { db } = database;
    const author = await createStaff(db);
    const article = await createArticle(db, { authors: [author] });
    const client = await open(author, article.id);

    spoil(client.doc);
    await waitFor(() => client.closes.length > 0, 'the connection to be closed');
    const refused = client.messages.find((message) => message.type === 'refused');
    expect(refused?.type === 'refused' && refused.reason).toMatch(/cannot be saved/);

    await server.collab.flush(article.id);
    const stored = await storedArticle(article.id);
    expect(stored).toMatchObject({ bodyText: 'Details: the body.', version: article.version });
    expect(stored.revisions).toHaveLength(0);
    const later = await open(author, article.id);
    expect(later.doc.getXmlFragment(BODY_FIELD).toJSON()).toBe('<paragraph>Details: the body.</paragraph>');
  });

  it('a submitted article turns its author’s connection read-only at once, and their typing is not stored', async () => {
    const { db } = database;
    const author = await createStaff(db);
    const article = await createArticle(db, { authors: [author] });
    const client = await open(author, article.id);
    expect(client.access()).toMatchObject({ mode: 'read-write' });

    await createCaller({ db, actor: actorFor(author) }).article.submit({ id: article.id, expectedVersion: article.version });
    await waitFor(() => client.access()?.type === 'access' && client.access()?.mode === 'read-only', 'the read-only access message');
    const access = client.access();
    expect(access?.type === 'access' && access.reason).toMatch(/only editors/);

    typeAtEnd(client, ' Typed after submitting.');
    await server.collab.flush(article.id);
    expect(await storedArticle(article.id)).toMatchObject({ bodyText: 'Details: the body.', state: 'IN_REVIEW' });
  });

  it('a step names the version its actor saw: typing stored after it makes the step a conflict', async () => {
    const { db } = database;
    const author = await createStaff(db);
    const article = await createArticle(db, { authors: [author] });
    const client = await open(author, article.id);

    typeAtEnd(client, ' One more line.');
    // Submitted with the version before that typing was stored: the live document is stored first.
    await expect(createCaller({ db, actor: actorFor(author) }).article.submit({ id: article.id, expectedVersion: article.version })).rejects.toThrow(
      /changed/i,
    );
    const stored = client.messages.findLast((message) => message.type === 'stored');
    expect(stored).toMatchObject({ version: article.version + 1 });
    await createCaller({ db, actor: actorFor(author) }).article.submit({ id: article.id, expectedVersion: article.version + 1 });
    expect(await storedArticle(article.id)).toMatchObject({ state: 'IN_REVIEW', bodyText: 'Details: the body. One more line.' });
  });

  it('a fallback save and a restore go into the live document, so everyone sees them', async () => {
    const { db } = database;
    const author = await createStaff(db);
    const editor = await createStaff(db, { role: 'EDITOR' });
    const article = await createArticle(db, { authors: [author], headline: 'First headline' });
    const client = await open(editor, article.id);
    const headline = () => (client.doc.getMap(FIELDS_MAP).get('headline') as Y.Text).toJSON();

    const caller = createCaller({ db, actor: actorFor(author) });
    const { content } = (await readArticleContent(db, article.id))!;
    const saved = await caller.article.save({ id: article.id, expectedVersion: article.version, content: { ...content, headline: 'Second headline' } });
    await waitFor(() => headline() === 'Second headline', 'the saved headline in the live document');

    const [revision] = await caller.article.revisions({ id: article.id });
    // By someone else, so it is a revision of its own rather than folded into the author's.
    await createCaller({ db, actor: actorFor(editor) }).article.save({ id: article.id, expectedVersion: saved.version, content: { ...content, headline: 'Third headline' } });
    await waitFor(() => headline() === 'Third headline', 'the next save in the live document');
    const restored = await caller.article.restoreRevision({ id: article.id, revisionId: revision!.id, expectedVersion: saved.version + 1 });
    await waitFor(() => headline() === 'Second headline', 'the restored headline in the live document');
    await waitFor(() => client.messages.some((message) => message.type === 'stored' && message.version === restored.version), 'the restored version');
  });
});
