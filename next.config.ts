import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native or WASM packages that must be loaded by Node at run time rather than bundled.
  // The co-editing server's packages too: one copy of Yjs per process (its types are told apart by identity).
  // @tiptap/y-tiptap stays bundled, so it shares the bundle's ProseMirror with server/content/.
  serverExternalPackages: [
    'argon2',
    'sharp',
    '@electric-sql/pglite',
    '@prisma/schema-engine-wasm',
    'pino',
    '@hocuspocus/server',
    '@hocuspocus/extension-redis',
    '@tiptap/y-tiptap',
    // y-tiptap (external) and the schema built by @tiptap/core must share ONE prosemirror-model.
    '@tiptap/pm',
    'prosemirror-model',
    'yjs',
    'ws',
  ],
  poweredByHeader: false,
  // Public pages are cached whole and each answer gets a new CSP nonce (scripts/lib/public-answers.cjs):
  // that needs the answer uncompressed (a reverse proxy in front compresses, see README), and no ETag (a
  // 304 would keep a body whose nonce no longer matches the answer's policy; hashing 27 KB per answer was
  // also a fifth of a cached page's CPU).
  compress: false,
  generateEtags: false,
  typedRoutes: false,
  // Redis shared by every instance when REDIS_URL is set (read when the server starts, so the same build
  // runs with or without it), this process's memory otherwise; never a cache that outlives its database.
  cacheHandler: path.join(process.cwd(), 'server/cache/cache-handler.mjs'),
};

export default nextConfig;
