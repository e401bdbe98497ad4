import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Scenario } from '../lib/scenario';
import { articlePath, comparePage } from './pages';

/**
 * What bench/varnish.ts (the `edge` work) is expected to export. ADAPTER: if its names differ at merge,
 * fix them here only.
 */
type VarnishModule = {
  startVarnish: (options: { backendPort: number; port: number }) => Promise<{ url?: string; stop: () => Promise<void> }>;
};

const NAME = 'article page (through Varnish)';

/** The article page served through Varnish in front of the first app instance, against the same bare baseline. */
export const articleThroughVarnish: Scenario = {
  name: NAME,
  async run(ctx) {
    if (spawnSync('sh', ['-c', 'command -v varnishd || test -x /usr/sbin/varnishd']).status !== 0) {
      return [{ name: NAME, notRun: 'varnishd missing (apt-get install varnish varnish-modules)' }];
    }
    const modulePath = path.resolve('bench/varnish.ts');
    if (!existsSync(modulePath)) return [{ name: NAME, notRun: 'bench/varnish.ts missing (the edge cache is not merged yet)' }];
    const { startVarnish } = (await import(modulePath)) as Partial<VarnishModule>;
    if (typeof startVarnish !== 'function') return [{ name: NAME, notRun: 'bench/varnish.ts exports no startVarnish' }];
    const backendPort = Number(new URL(ctx.appUrls[0]).port);
    const varnish = await startVarnish({ backendPort, port: ctx.sparePorts.varnish });
    try {
      const url = varnish.url ?? `http://127.0.0.1:${ctx.sparePorts.varnish}`;
      return [await comparePage(ctx, { name: NAME, path: await articlePath(ctx), appUrl: url })];
    } finally {
      await varnish.stop();
    }
  },
};
