import { z } from 'zod';

/**
 * Environment, validated once. Read through `env()` so a bad value fails with a message naming the
 * variable instead of surfacing later as an odd runtime error.
 */
/** An empty variable counts as unset. */
function optionalText<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

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
  /**
   * Edge caches in front of the app (Varnish with varnish/masthead.vcl), comma-separated, e.g.
   * http://10.0.0.5:6081,http://10.0.0.6:6081: every change's tags are purged there too (server/revalidation/).
   * Set it on every app instance and the worker alike.
   */
  MASTHEAD_EDGE_PURGE_URLS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? value.split(',').map((url) => url.trim()) : undefined),
    z.array(z.string().url()).optional(),
  ),
  /** Connections in this process's database pool (server/db/client.ts). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Autosaves and other desk writes running at once in this process (server/http/desk-write-gate.ts);
   * more wait briefly, then are asked to retry (503 + Retry-After). Kept below DATABASE_POOL_SIZE.
   */
  DESK_WRITE_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Single sign-on with OpenID Connect (README, "Security"): the provider's issuer URL (its discovery
   * document is at <issuer>/.well-known/openid-configuration), this app's client id and secret there, and
   * the button's label ("Sign in with <OIDC_NAME>"). All three of issuer, id and secret, or none.
   */
  OIDC_ISSUER: optionalText(z.string().url()),
  OIDC_CLIENT_ID: optionalText(z.string().min(1)),
  OIDC_CLIENT_SECRET: optionalText(z.string().min(1)),
  OIDC_NAME: z.string().trim().min(1).max(40).default('single sign-on'),
  /**
   * Uploaded images in an S3-compatible bucket instead of MASTHEAD_DATA_DIR/media, so several app instances
   * share them (server/media/s3-storage.ts). The bucket must exist. Endpoint: the service's URL (MinIO, R2,
   * …; unset for AWS). Credentials: these, or the AWS SDK's usual sources (AWS_* variables, instance roles).
   */
  MEDIA_S3_BUCKET: optionalText(z.string().min(3).max(63)),
  MEDIA_S3_ENDPOINT: optionalText(z.string().url()),
  MEDIA_S3_REGION: z.string().min(1).default('us-east-1'),
  MEDIA_S3_ACCESS_KEY_ID: optionalText(z.string().min(1)),
  MEDIA_S3_SECRET_ACCESS_KEY: optionalText(z.string().min(1)),
  /**
   * Allow webhook receivers on private, loopback and link-local addresses (receivers inside your own
   * network). Off by default: an admin-typed URL must not let the server reach internal machines.
   */
  MASTHEAD_WEBHOOK_PRIVATE_ADDRESSES: z.stringbool().default(false),
}).superRefine((value, context) => {
  const sso = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET];
  if (sso.some(Boolean) && !sso.every(Boolean)) {
    context.addIssue({ code: 'custom', path: ['OIDC_ISSUER'], message: 'set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together (or none of them)' });
  }
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Validates an environment, failing with every bad variable named. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
