import { DEMO_PASSWORD } from '../../server/seed/demo-staff';
import { signIn } from '../../test/instances/staff-session';
import type { Scenario } from '../lib/scenario';
import { comparePage } from './pages';

/** The desk's article list as an editor searches it: tRPC over HTTP with the editor's session. */
const query = (input: object) => `/api/trpc/article.list?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

/**
 * The desk search over the archive (`ctx.archiveSize` articles): a common word by relevance and a rare one,
 * signed in as the demo editor, against a bare server answering the same bytes. (bench/article-search.ts
 * times the same queries in-process, per query, on 100,000 articles.)
 */
export const deskSearch: Scenario = {
  name: 'desk search',
  async run(ctx) {
    const editor = await signIn(ctx.appUrls[0], 'editor@example.com', DEMO_PASSWORD);
    const headers = { cookie: editor.cookieHeader() };
    const archive = `${ctx.archiveSize.toLocaleString('en')} articles`;
    return [
      await comparePage(ctx, { name: `desk search: common word, by relevance (${archive})`, path: query({ q: 'submarine', sort: 'relevance' }), headers }),
      await comparePage(ctx, { name: `desk search: rare word, by relevance (${archive})`, path: query({ q: 'term12345', sort: 'relevance' }), headers }),
    ];
  },
};
