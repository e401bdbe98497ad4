import { z } from 'zod';

/**
 * Environment, validated once. Read through `env()` so a bad value fails with a message naming the
 * variable instead of surfacing later as an odd runtime error.
 */
const envSchema = z.object({
  /** PostgreSQL URL. Unset: `npm start` runs the embedded database and sets it for the app process. */
  DATABASE_URL: z.preprocess((value) => (value === '' ? undefined : value), z.string().url().optional()),
  /** Where the embedded database, uploads and the generated auth secret live. */
  MASTHEAD_DATA_DIR: z.string().min(1).default('.masthead'),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  /**
   * Outgoing mail, e.g. smtp://user:password@smtp.example.com:587 (smtps:// for TLS from the start).
   * Unset: set-password links are only shown to the admin, who passes them on.
   */
  SMTP_URL: z.preprocess((value) => (value === '' ? undefined : value), z.string().url().optional()),
  MAIL_FROM: z.string().min(3).default('Masthead <no-reply@masthead.invalid>'),
  /**
   * An app instance, as the scheduler reaches it to revalidate public pages (default: this machine's PORT,
   * else 3000). Set it for `npm run worker`; with REDIS_URL any one instance revalidates them all.
   */
  MASTHEAD_INTERNAL_URL: z.preprocess((value) => (value === '' ? undefined : value), z.string().url().optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}
