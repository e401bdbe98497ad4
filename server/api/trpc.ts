import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { Actor } from '../auth/actor';
import { can, type Permission } from '../auth/permissions';
import { databaseRateLimits, type RateLimits } from '../auth/rate-limits';
import { twoFactorEnrolmentDue } from '../auth/two-factor/two-factor-status';
import type { Db } from '../db/client';
import { DATABASE_BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy } from '../db/database-busy';
import { busyError, type AdmissionGate } from '../http/admission-gate';
import { deskWriteGate } from '../http/desk-write-gate';
import { AppError, type AppErrorCode, type AppErrorDetails } from '../errors';
import { reportInternalError } from '../internal-error';
import type { Mailer } from '../mail/mailer';
import type { RevalidatePublicPages } from '../site/revalidation-port';
import { findUnstorableText } from '../text/storable-text';

/**
 * Every procedure sees the database and the actor (null when signed out), resolved once per request; the
 * mailer when SMTP is configured; and how to revalidate the public pages a write changed. Callers outside
 * a Next.js request (tests, scripts) may leave the last two out: there is no page cache there, and tests
 * pass their own mailer or none. `sessionId` is the signed-in device's session row ("this device"). `ip`
 * is the caller's address (server/auth/client-ip.ts) and `limits` the rate limits for secret-checking
 * procedures (server/auth/rate-limits.ts; in the database by default).
 */
export type Context = {
  db: Db;
  actor: Actor | null;
  sessionId?: string | null;
  mailer?: Mailer | null;
  revalidatePublicPages?: RevalidatePublicPages;
  ip?: string | null;
  limits?: RateLimits;
  /** Admission for database-heavy desk writes (default: the process's, server/http/desk-write-gate.ts). */
  deskWrites?: AdmissionGate;
};

const noPageCache: RevalidatePublicPages = () => Promise.resolve();

const trpcCodeFor = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const satisfies Record<AppErrorCode, TRPCError['code']>;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, path }) {
    // Unexpected failures (database unreachable, ORM and driver errors, bugs) are logged with an id;
    // their messages name queries, hosts and ports, so the client gets a plain sentence and the id.
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      const { errorId, message } = reportInternalError(error.cause ?? error, { path });
      return { ...shape, message, data: { ...shape.data, stack: undefined, fieldErrors: null, details: null, errorId } };
    }
    const zodError = error.cause instanceof ZodError ? error.cause.flatten() : null;
    const details: AppErrorDetails | null = error.cause instanceof AppError ? error.cause.details : null;
    return {
      ...shape,
      // Field-by-field messages for forms; a plain sentence for everything else.
      message: zodError ? 'Some fields need attention.' : shape.message,
      data: { ...shape.data, stack: undefined, fieldErrors: zodError?.fieldErrors ?? null, details, errorId: null },
    };
  },
});

/**
 * Domain code throws AppError; this is the one place it becomes a TRPCError. An overloaded database (no
 * connection in time, a transaction that could not start) is a retryable SERVICE_UNAVAILABLE, never a 500.
 */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause instanceof AppError ? result.error.cause : busyCause(result.error);
  if (cause) throw new TRPCError({ code: trpcCodeFor[cause.code], message: cause.message, cause });
  return result;
});

/** The retryable error for a database overload, or null for any other failure. */
export function busyCause(error: unknown): AppError | null {
  return isDatabaseBusy(error) ? busyError(DATABASE_BUSY_RETRY_AFTER_SECONDS) : null;
}

/**
 * Text the database cannot store (a NUL, a lone surrogate), anywhere in any procedure's input, body JSON
 * included, is refused here once, before any schema or domain code sees it: BAD_REQUEST, nothing written.
 */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const found = findUnstorableText(await getRawInput());
  if (found) {
    const field = found.path.length ? `The field “${found.path.join('.')}”` : 'The input';
    throw new TRPCError({ code: 'BAD_REQUEST', message: `${field} ${found.problem}. Remove it and try again.` });
  }
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not (the public site). */
export const anonymousProcedure = t.procedure
  .use(refuseUnstorableText)
  .use(mapDomainErrors)
  .use(({ ctx, next }) =>
    next({
      ctx: { revalidatePublicPages: ctx.revalidatePublicPages ?? noPageCache, ip: ctx.ip ?? null, limits: ctx.limits ?? databaseRateLimits(ctx.db) },
    }),
  );

/**
 * Any active, signed-in staff member, even one who must still set up two-factor sign-in: only for
 * what that setup needs (server/api/routers/two-factor.ts). Everything else uses staffProcedure.
 */
export const signedInProcedure = anonymousProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

export const TWO_FACTOR_SETUP_DUE = 'Set up two-factor sign-in first: your role requires it.';

/**
 * Any active staff member who has done what their role requires to sign in (two-factor setup, for a
 * password sign-in; single sign-on is trusted as the identity provider's MFA).
 */
export const staffProcedure = signedInProcedure.use(async ({ ctx, next }) => {
  if (await twoFactorEnrolmentDue(ctx.db, { actor: ctx.actor, sessionId: ctx.sessionId })) throw new TRPCError({ code: 'FORBIDDEN', message: TWO_FACTOR_SETUP_DUE });
  return next();
});

/** Staff holding `permission` in THE permission table (server/auth/permissions.ts). */
export function procedureRequiring(permission: Permission) {
  return staffProcedure.use(({ ctx, next }) => {
    if (!can(ctx.actor.role, permission)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `Your role can't do this (needs "${permission}").` });
    }
    return next();
  });
}

export const editorProcedure = procedureRequiring('article.review');

/**
 * Staff writes the desk makes on its own, over and over (autosave, presence): admitted through the
 * process's gate, so beyond capacity they are answered SERVICE_UNAVAILABLE with Retry-After, which the
 * editor honours, instead of waiting on the connection pool until something times out.
 */
export const deskWriteProcedure = staffProcedure.use(({ ctx, next }) => (ctx.deskWrites ?? deskWriteGate()).run(() => next()));
export const adminProcedure = procedureRequiring('staff.manage');
