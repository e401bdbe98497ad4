import { appDb } from '@/server/db/client';
import { serveMedia } from '@/server/media/serve-media';
import { mediaStorage } from '@/server/media/storage';
import { withInternalErrorsReported } from '@/server/http/route-errors';

type Params = { params: Promise<{ key: string[] }> };

/** Serves stored images and their renditions (server/media/serve-media.ts). */
export const GET = withInternalErrorsReported(async (_request: Request, { params }: Params) => {
  const { key } = await params;
  const answer = await serveMedia(appDb(), mediaStorage(), key.join('/'));
  if (answer.status === 404) return new Response('Not found', { status: 404 });
  if (answer.status === 307) return new Response(null, { status: 307, headers: { Location: answer.location, 'Cache-Control': answer.cacheControl } });
  return new Response(new Uint8Array(answer.body), {
    headers: { 'Content-Type': answer.contentType, 'Cache-Control': answer.cacheControl, 'X-Content-Type-Options': 'nosniff' },
  });
});
