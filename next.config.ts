import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native or WASM packages that must be loaded by Node at run time rather than bundled.
  serverExternalPackages: ['argon2', 'sharp', '@electric-sql/pglite', '@prisma/schema-engine-wasm', 'pino'],
  poweredByHeader: false,
  typedRoutes: false,
  // Several instances share one cache through Redis (read when the server starts, so the same build runs
  // with or without it). Without REDIS_URL, Next's own cache (memory and .next/cache) serves one instance.
  ...(process.env.REDIS_URL && { cacheHandler: path.join(process.cwd(), 'server/cache/redis-cache-handler.mjs') }),
};

export default nextConfig;
