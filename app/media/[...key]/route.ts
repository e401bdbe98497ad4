import { appDb } from '@/server/db/client';
import { mediaStorage } from '@/server/media/storage';
import { withInternalErrorsReported } from '@/server/http/route-errors';

type Params = { params: Promise<{ key: string[] }> };

/** Serves stored images. Keys are content-addressed by id, so responses can be cached forever. */
export const GET = withInternalErrorsReported(async (_request: Request, { params }: Params) => {
  const { key } = await params;
  const storageKey = key.join('/');
  const asset = await appDb().mediaAsset.findUnique({ where: { storageKey }, select: { mimeType: true } });
  const bytes = asset ? await mediaStorage().get(storageKey) : null;
  if (!asset || !bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': asset.mimeType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
