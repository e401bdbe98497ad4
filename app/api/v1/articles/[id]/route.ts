import { appContentApiDeps } from '@/server/distribution/content-api/app-content-api';
import { contentApiHandlers } from '@/server/distribution/content-api/content-api-handlers';
import { withInternalErrorsReported } from '@/server/http/route-errors';

type Params = { params: Promise<{ id: string }> };

/** /api/v1/articles/<id or slug>, and the same with `.ninjs` for IPTC ninjs. */
export const GET = withInternalErrorsReported(async (request: Request, { params }: Params) =>
  contentApiHandlers.article(request, appContentApiDeps(), (await params).id),
);
