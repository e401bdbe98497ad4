import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Pure unit tests (*.test.ts); integration tests (*.int.test.ts) against a real database: PostgreSQL when
// TEST_DATABASE_URL is set, the embedded PGlite otherwise; and the app run as several production
// instances sharing PostgreSQL and Redis (*.instances.test.ts, after `next build`); and Varnish in front
// (*.edge.test.ts, needs varnishd).
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{server,components,app,scripts}/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['{server,app,scripts}/**/*.int.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          environment: 'node',
          // The suite's webhook receivers listen on 127.0.0.1.
          env: { MASTHEAD_WEBHOOK_PRIVATE_ADDRESSES: 'true' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'instances',
          include: ['test/instances/**/*.instances.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Varnish (varnish/masthead.vcl) in front of a stand-in app and of the production build.
          name: 'edge',
          include: ['test/edge/**/*.edge.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
