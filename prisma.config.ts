import { defineConfig } from 'prisma/config';

// Used by Prisma's own CLI (`prisma generate`, and `prisma migrate deploy` for users who are online).
// Offline, `npm run db:migrate` applies the same migrations through scripts/db/ (see README).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/masthead' },
});
