import { z } from 'zod';
import { expireAndWait } from '@/server/cache/revalidate-now';
import { isRevalidationAuthorized } from '@/server/cache/revalidation-token';
import { env } from '@/server/env';
import { withInternalErrorsReported } from '@/server/http/route-errors';

const bodySchema = z.object({ tags: z.array(z.string().min(1).max(256)).max(1_000) });

/**
 * Expires public cache tags for the scheduler (see server/cache/revalidate-over-http.ts). Only callers
 * holding the token derived from NEXTAUTH_SECRET: anyone else could empty the cache at will.
 */
export const POST = withInternalErrorsReported(async (request: Request) => {
  if (!isRevalidationAuthorized(request.headers.get('authorization'), env().NEXTAUTH_SECRET)) {
    return new Response('Unauthorized', { status: 401 });
  }
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return new Response('Expected { tags: string[] }', { status: 400 });
  await expireAndWait(body.data.tags);
  return Response.json({ revalidated: body.data.tags.length });
});
