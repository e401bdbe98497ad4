import type { Scenario } from '../lib/scenario';
import { startVarnish, stopVarnish, VARNISH_MISSING, varnishInstalled } from '../varnish';
import { articlePath, comparePage } from './pages';

const NAME = 'article page (through Varnish)';

/** The article page served through Varnish (varnish/masthead.vcl) in front of the first app instance, against the same bare baseline. */
export const articleThroughVarnish: Scenario = {
  name: NAME,
  async run(ctx) {
    if (!varnishInstalled()) return [{ name: NAME, notRun: VARNISH_MISSING }];
    const backendPort = Number(new URL(ctx.appUrls[0]).port);
    const varnish = await startVarnish({ backendPort, port: ctx.sparePorts.varnish });
    try {
      return [await comparePage(ctx, { name: NAME, path: articlePath(), appUrl: varnish.url })];
    } finally {
      await stopVarnish(varnish);
    }
  },
};
