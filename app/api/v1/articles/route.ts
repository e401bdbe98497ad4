import { appContentApiDeps } from '@/server/distribution/content-api/app-content-api';
import { contentApiHandlers } from '@/server/distribution/content-api/content-api-handlers';
import { withInternalErrorsReported } from '@/server/http/route-errors';

export const GET = withInternalErrorsReported((request: Request) => contentApiHandlers.articles(request, appContentApiDeps()));
