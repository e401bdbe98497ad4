import { TRPCError } from '@trpc/server';
import { createCaller } from '../api/root';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';

/** The tRPC caller a request by `actor` gets (null: signed out, or a session resolveActor refused). */
export const callerAs = (db: Db, actor: Actor | null) => createCaller({ db, actor });

/** 'OK' or the tRPC error code a call ended with. */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : `NOT_A_TRPC_ERROR: ${String(error)}`;
  }
}

/** Everything the admin area can change, read raw, to prove a refused call changed nothing. */
export async function adminSnapshot(db: Db) {
  const [users, sections, redirects, audit, tokens, settings, articles, sessions, apiKeys, webhooks, deliveries] = await Promise.all([
    db.user.findMany({ orderBy: { id: 'asc' } }),
    db.section.findMany({ orderBy: { id: 'asc' } }),
    db.sectionSlugRedirect.findMany({ orderBy: { slug: 'asc' } }),
    db.auditEvent.findMany({ orderBy: { id: 'asc' } }),
    db.passwordResetToken.findMany({ orderBy: { tokenHash: 'asc' } }),
    db.newsroomSettings.findMany(),
    db.article.findMany({ orderBy: { id: 'asc' }, select: { id: true, sectionId: true, state: true, version: true } }),
    db.userSession.findMany({ orderBy: { id: 'asc' } }),
    db.apiKey.findMany({ orderBy: { id: 'asc' } }),
    db.webhookEndpoint.findMany({ orderBy: { id: 'asc' } }),
    db.webhookDelivery.findMany({ orderBy: { seq: 'asc' } }),
  ]);
  return { users, sections, redirects, audit, tokens, settings, articles, sessions, apiKeys, webhooks, deliveries };
}
