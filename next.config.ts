import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native or WASM packages that must be loaded by Node at run time rather than bundled.
  serverExternalPackages: ['argon2', 'sharp', '@electric-sql/pglite', '@prisma/schema-engine-wasm', 'pino'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
