/**
 * `npm run edge:vcl -- [--backend HOST:PORT] [--purge-from ADDRESS[,NETWORK/BITS…]]`: prints the VCL for a
 * Varnish in front of this app (varnish/masthead.vcl filled in), its purge token derived from the app's
 * NEXTAUTH_SECRET (or, for `npm start` without one, the secret it made in MASTHEAD_DATA_DIR). Load it
 * with `varnishd -f FILE` and set MASTHEAD_EDGE_PURGE_URLS on the app to that Varnish's address.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderEdgeVcl } from '../server/cache/edge-vcl';
import { edgePurgeToken } from '../server/cache/revalidation-token';
import { env } from '../server/env';

const { values } = parseArgs({
  options: { backend: { type: 'string', default: '127.0.0.1:3000' }, 'purge-from': { type: 'string', default: '127.0.0.1,::1' } },
});
const [backendHost = '', port = ''] = values.backend.split(/:(?=\d+$)/);
const { NEXTAUTH_SECRET, MASTHEAD_DATA_DIR } = env();
const secretFile = path.resolve(MASTHEAD_DATA_DIR, 'auth-secret');
const secret = NEXTAUTH_SECRET ?? (existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : undefined);
if (!secret) {
  console.error(`No NEXTAUTH_SECRET and no ${secretFile}: set the app's NEXTAUTH_SECRET (or run \`npm start\` once).`);
  process.exit(1);
}
process.stdout.write(
  renderEdgeVcl({ backendHost, backendPort: Number(port), purgeToken: edgePurgeToken(secret), purgeFrom: values['purge-from'].split(',') }),
);
