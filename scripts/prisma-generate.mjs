// Generates the Prisma client (server/db/generated) after install. Prisma 7's CLI insists on finding a
// schema-engine binary, which it downloads; `generate` never runs it, so offline we point it at any
// existing file (this Node binary) instead. Online users with a downloaded engine are unaffected.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath },
});
process.exit(result.status ?? 1);
