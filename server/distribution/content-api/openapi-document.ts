import { z } from 'zod';
import { type API_SCOPES } from '../api-scopes';
import { NINJS_MEDIA_TYPE } from '../ninjs/to-ninjs';
import { articlesQuerySchema, contentApiRegistry, pageQuerySchema } from './content-api.schema';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ 'application/json': { schema: ref(id) } });
const failure = (description: string) => ({ description, content: json('Error') });
const failures = {
  400: failure('A query parameter is wrong'),
  401: failure('No API key while one is required, or an unknown or revoked key'),
  403: failure('The key may not read this resource'),
  429: { ...failure('Over the rate limit; see Retry-After'), headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } } },
};
const cached = {
  ETag: { schema: { type: 'string' }, description: 'Send it back in If-None-Match: 304 when unchanged' },
  'Cache-Control': { schema: { type: 'string' } },
};

/** Query parameters from the endpoint's zod schema, as the API parses them. */
function parametersOf(schema: z.ZodObject) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...fieldSchema } = z.toJSONSchema(field as z.ZodType, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
    delete fieldSchema.$schema;
    return { name, in: 'query', required: !(field as z.ZodType).safeParse(undefined).success, ...(description ? { description } : {}), schema: fieldSchema };
  });
}

function list(summary: string, scope: keyof typeof API_SCOPES, id: string, query?: z.ZodObject) {
  return {
    get: {
      summary,
      description: `Needs the "${scope}" scope when called with a key.`,
      ...(query && { parameters: parametersOf(query) }),
      responses: { 200: { description: 'OK', headers: cached, content: json(id) }, 304: { description: 'Not modified', headers: cached }, ...failures },
    },
  };
}

function article(address: string, formats: 'negotiated' | 'ninjs') {
  const ninjs = { [NINJS_MEDIA_TYPE]: { schema: { type: 'object', description: 'An IPTC ninjs 3.1 news item (https://www.iptc.org/std/ninjs/ninjs-schema_3.1.json)' } } };
  return {
    get: {
      summary: formats === 'ninjs' ? 'One live article as IPTC ninjs 3.1' : 'One live article (JSON, or ninjs with Accept: application/ninjs+json)',
      parameters: [{ name: address, in: 'path', required: true, description: 'The article’s id or slug', schema: { type: 'string' } }],
      responses: {
        200: { description: 'OK', headers: cached, content: formats === 'ninjs' ? ninjs : { ...json('Article'), ...ninjs } },
        304: { description: 'Not modified', headers: cached },
        404: failure('No live article with this id or slug'),
        ...failures,
      },
    },
  };
}

/** THE OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the API answers with. */
export function openApiDocument(serverUrl: string) {
  const { schemas } = z.toJSONSchema(contentApiRegistry, { io: 'output', target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  for (const schema of Object.values(schemas)) delete (schema as { $schema?: string }).$schema;
  return {
    openapi: '3.1.0',
    info: {
      title: 'Masthead content API',
      version: '1',
      description: 'Live articles, sections, tags and authors. Read-only. Send an API key as `Authorization: Bearer <key>` (or `X-Api-Key`); without one, access depends on the newsroom’s settings.',
    },
    servers: [{ url: serverUrl }],
    security: [{}, { bearer: [] }, { apiKey: [] }],
    paths: {
      '/api/v1/articles': list('Live articles, most recently changed first', 'articles', 'ArticlePage', articlesQuerySchema),
      '/api/v1/articles/{idOrSlug}': article('idOrSlug', 'negotiated'),
      '/api/v1/articles/{idOrSlug}.ninjs': article('idOrSlug', 'ninjs'),
      '/api/v1/sections': list('Sections in navigation order', 'sections', 'SectionList'),
      '/api/v1/tags': list('Tags with live articles', 'tags', 'TagPage', pageQuerySchema),
      '/api/v1/authors': list('Authors with live articles', 'authors', 'AuthorPage', pageQuerySchema),
    },
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
    },
  };
}
