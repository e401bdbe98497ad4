import { openApiDocument } from '@/server/distribution/content-api/openapi-document';
import { siteUrl } from '@/server/site/site-url';

/** The content API's contract, generated from its zod schemas. */
export function GET() {
  return Response.json(openApiDocument(siteUrl('/').replace(/\/$/, '')), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
