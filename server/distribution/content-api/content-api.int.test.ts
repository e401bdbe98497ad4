import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeEach, describe, expect, it } from 'vitest';
import { actorFor, createArticle, createSection, createStaff } from '../../../test/factories';
import { withTestDatabase } from '../../../test/integration/test-database';
import { postgresLimiters } from '../../auth/rate-limit-store';
import { createApiKey } from '../api-keys/create-api-key';
import { revokeApiKey } from '../api-keys/revoke-api-key';
import type { ApiScope } from '../api-scopes';
import ninjsSchema from '../ninjs/ninjs-schema_3.1.json';
import { apiRateLimiter } from './api-rate-limit';
import { contentApiHandlers } from './content-api-handlers';
import { openApiDocument } from './openapi-document';
import type { ContentApiDeps } from './serve-content-api';

const t = withTestDatabase();
const document = openApiDocument('http://news.test');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'https://masthead.test/openapi.json', components: document.components });
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' }); // places' geometry; never sent
const ninjsValidator = ajv.compile(ninjsSchema);

type Path = keyof typeof document.paths;
/** Checks a response against what the OpenAPI document promises for this path and status; returns the body. */
async function conforms(path: Path, response: Response): Promise<unknown> {
  const operation = document.paths[path].get as { responses: Record<number, { content?: Record<string, { schema: { $ref?: string } }> }> };
  const promised = operation.responses[response.status];
  expect(promised, `${path} has no documented ${response.status} answer`).toBeDefined();
  if (response.status === 304) return null;
  const mediaType = response.headers.get('content-type')!.split(';')[0]!;
  const content = promised!.content?.[mediaType];
  expect(content, `${path} ${response.status} documents no ${mediaType}`).toBeDefined();
  const body: unknown = await response.json();
  const validate = content!.schema.$ref ? ajv.getSchema(`https://masthead.test/openapi.json${content!.schema.$ref}`)! : ninjsValidator;
  expect(validate(body) ? [] : validate.errors, `${path} ${response.status}`).toEqual([]);
  return body;
}

let deps: ContentApiDeps;
beforeEach(() => {
  deps = { db: t.db, limiter: apiRateLimiter(postgresLimiters(t.db)) };
});
const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://news.test${path}`, { headers: { 'x-masthead-peer-address': '198.51.100.4', ...headers } });
const call = {
  articles: (query = '', headers?: Record<string, string>) => contentApiHandlers.articles(get(`/api/v1/articles${query}`, headers), deps),
  article: (address: string, headers?: Record<string, string>) => contentApiHandlers.article(get(`/api/v1/articles/${address}`, headers), deps, address),
  sections: (headers?: Record<string, string>) => contentApiHandlers.sections(get('/api/v1/sections', headers), deps),
  tags: (query = '', headers?: Record<string, string>) => contentApiHandlers.tags(get(`/api/v1/tags${query}`, headers), deps),
  authors: (query = '', headers?: Record<string, string>) => contentApiHandlers.authors(get(`/api/v1/authors${query}`, headers), deps),
};

async function newsroom() {
  const writer = await createStaff(t.db, { role: 'JOURNALIST', name: 'Olha Koval' });
  const section = await createSection(t.db, { name: 'News' });
  const tag = await t.db.tag.create({ data: { name: 'Weather', slug: 'weather' } });
  const live = await createArticle(t.db, { authors: [writer], state: 'PUBLISHED', sectionId: section.id, headline: 'Floods in the south' });
  await t.db.articleTag.create({ data: { articleId: live.id, tagId: tag.id } });
  const second = await createArticle(t.db, { authors: [writer], state: 'PUBLISHED', headline: 'Second live one' });
  const draft = await createArticle(t.db, { authors: [writer], state: 'DRAFT', sectionId: section.id, headline: 'Not yet' });
  const gone = await createArticle(t.db, { authors: [writer], state: 'UNPUBLISHED', sectionId: section.id, headline: 'Taken down' });
  return { writer, section, tag, live, second, draft, gone };
}

async function keyWith(scopes: ApiScope[], rateLimitPerMinute = 100) {
  const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
  return { admin, ...(await createApiKey({ db: t.db, actor: admin, input: { name: 'Partner app', scopes, rateLimitPerMinute } })) };
}

describe('content API: every endpoint answers what its contract says', () => {
  it('articles: only live ones, with filters, each page as documented, and 304 for an unchanged list', async () => {
    const { live, second, draft, gone, section, tag, writer } = await newsroom();
    const all = (await conforms('/api/v1/articles', await call.articles())) as { data: { id: string }[] };
    expect(all.data.map((article) => article.id).sort()).toEqual([live.id, second.id].sort());
    expect(JSON.stringify(all)).not.toContain(draft.id);
    expect(JSON.stringify(all)).not.toContain(gone.id);

    const ids = async (query: string) => ((await conforms('/api/v1/articles', await call.articles(query))) as { data: { id: string }[] }).data.map((row) => row.id);
    expect(await ids(`?section=${section.slug}`)).toEqual([live.id]);
    expect(await ids(`?tag=${tag.slug}`)).toEqual([live.id]);
    expect(await ids(`?author=${writer.slug}`)).toHaveLength(2);
    expect(await ids(`?updatedSince=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);

    const first = await call.articles();
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toContain('public');
    const again = await call.articles('', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    await conforms('/api/v1/articles', again);
  });

  it('pages through articles with cursors, each article once', async () => {
    await newsroom();
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = (await conforms('/api/v1/articles', await call.articles(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`))) as { data: { id: string }[]; nextCursor: string | null };
      seen.push(...page.data.map((row) => row.id));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(2);
    expect(new Set(seen).size).toBe(2);
    expect((await call.articles('?cursor=not-a-cursor')).status).toBe(400);
    await conforms('/api/v1/articles', await call.articles('?limit=500'));
  });

  it('one article as JSON, as ninjs (by Accept and by .ninjs), and 404 for one that is not live', async () => {
    const { live, draft } = await newsroom();
    const json = (await conforms('/api/v1/articles/{idOrSlug}', await call.article(live.id))) as { headline: string };
    expect(json.headline).toBe('Floods in the south');
    await conforms('/api/v1/articles/{idOrSlug}', await call.article(live.slug));
    const negotiated = await call.article(live.id, { accept: 'application/ninjs+json' });
    expect(negotiated.headers.get('content-type')).toContain('application/ninjs+json');
    expect(await conforms('/api/v1/articles/{idOrSlug}', negotiated)).toMatchObject({ uri: `urn:masthead:article:${live.id}`, pubStatus: 'usable' });
    await conforms('/api/v1/articles/{idOrSlug}.ninjs', await call.article(`${live.slug}.ninjs`));
    await conforms('/api/v1/articles/{idOrSlug}', await call.article(draft.id));
    expect((await call.article(draft.id)).status).toBe(404);
  });

  it('sections (not archived), tags and authors with live articles only', async () => {
    const { section, tag, writer } = await newsroom();
    const archived = await createSection(t.db, { name: 'Old' });
    await t.db.section.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await t.db.tag.create({ data: { name: 'Unused', slug: 'unused' } });
    const idle = await createStaff(t.db, { role: 'JOURNALIST' });
    const sections = (await conforms('/api/v1/sections', await call.sections())) as { data: { id: string }[] };
    expect(sections.data.map((row) => row.id)).toContain(section.id);
    expect(sections.data.map((row) => row.id)).not.toContain(archived.id);
    expect(((await conforms('/api/v1/tags', await call.tags())) as { data: { id: string }[] }).data.map((row) => row.id)).toEqual([tag.id]);
    const authors = (await conforms('/api/v1/authors', await call.authors())) as { data: { id: string }[] };
    expect(authors.data.map((row) => row.id)).toEqual([writer.id]);
    expect(JSON.stringify(authors)).not.toContain(idle.id);
    expect(JSON.stringify(authors)).not.toContain('@');
  });
});

describe('content API keys', () => {
  it('a key reads what its scopes allow, answers privately, and shows when it was last used', async () => {
    await newsroom();
    const { apiKey, secret } = await keyWith(['articles']);
    const response = await call.articles('', { authorization: `Bearer ${secret}` });
    await conforms('/api/v1/articles', response);
    expect(response.headers.get('cache-control')).toContain('private');
    await conforms('/api/v1/sections', await call.sections({ 'x-api-key': secret }));
    expect((await call.sections({ 'x-api-key': secret })).status).toBe(403);
    expect((await t.db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).not.toBeNull();
    expect(await t.db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).not.toHaveProperty('secret');
    expect(JSON.stringify(await t.db.apiKey.findMany())).not.toContain(secret);
  });

  it('a revoked key is refused at once', async () => {
    await newsroom();
    const { admin, apiKey, secret } = await keyWith(['articles']);
    expect((await call.articles('', { authorization: `Bearer ${secret}` })).status).toBe(200);
    await revokeApiKey({ db: t.db, actor: admin, apiKeyId: apiKey.id });
    const refused = await call.articles('', { authorization: `Bearer ${secret}` });
    expect(refused.status).toBe(401);
    await conforms('/api/v1/articles', refused);
    expect(await t.db.auditEvent.findMany({ where: { targetId: apiKey.id }, orderBy: { createdAt: 'asc' }, select: { action: true } })).toEqual([
      { action: 'api_key.created' },
      { action: 'api_key.revoked' },
    ]);
  });

  it('over its rate limit, a key gets 429 with Retry-After', async () => {
    await newsroom();
    const { secret } = await keyWith(['tags'], 2);
    const headers = { authorization: `Bearer ${secret}` };
    expect((await call.tags('', headers)).status).toBe(200);
    expect((await call.tags('', headers)).status).toBe(200);
    const limited = await call.tags('', headers);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    await conforms('/api/v1/tags', limited);
  });

  it('without a key: served while the newsroom allows it, 401 once it does not', async () => {
    await newsroom();
    await t.db.newsroomSettings.upsert({ where: { id: 1 }, create: { id: 1, apiAnonymousAccess: false }, update: { apiAnonymousAccess: false } });
    const refused = await call.authors();
    expect(refused.status).toBe(401);
    await conforms('/api/v1/authors', refused);
    const { secret } = await keyWith(['authors']);
    expect((await call.authors('', { 'x-api-key': secret })).status).toBe(200);
    expect((await call.authors('', { 'x-api-key': 'mh_made-up' })).status).toBe(401);
  });
});
