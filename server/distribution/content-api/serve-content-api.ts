import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { API_REQUEST_POLICY } from '../../auth/rate-limit-policy';
import { requestIp } from '../../auth/client-ip';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { readAnonymousApiAccess } from '../api-keys/set-anonymous-api-access';
import { authenticateApiKey } from '../api-keys/authenticate-api-key';
import type { ApiScope } from '../api-scopes';
import type { ApiRateLimiter } from './api-rate-limit';

export type ContentApiDeps = { db: Db; limiter: ApiRateLimiter };
/** What an endpoint answers: a body (JSON unless told), or null for 404. */
export type ApiAnswer = { body: unknown; contentType?: string } | null;

/**
 * Every content API request, in order: who is asking (an API key, or anyone while the newsroom allows
 * access without one), whether that key may read this resource, the caller's rate limit, then the answer
 * with an ETag (304 when the caller has it already) and caching headers. Framework-free: a Request in,
 * a Response out (app/api/v1/ route handlers are one line each).
 */
export async function serveContentApi(request: Request, { db, limiter }: ContentApiDeps, { scope, answer }: { scope: ApiScope; answer: () => Promise<ApiAnswer> }): Promise<Response> {
  const secret = presentedKey(request.headers);
  let rateKey: string;
  let perMinute: number;
  if (secret) {
    // Looked up on every request, never cached: a revoked key is refused from the next request on.
    const holder = await authenticateApiKey(db, secret);
    if (!holder) return problem(401, 'invalid_api_key', 'This API key is unknown or has been revoked.', { 'WWW-Authenticate': 'Bearer' });
    if (!holder.scopes.includes(scope)) return problem(403, 'insufficient_scope', `This API key may not read ${scope}.`);
    [rateKey, perMinute] = [`key:${holder.id}`, holder.rateLimitPerMinute];
  } else {
    if (!(await readAnonymousApiAccess(db))) return problem(401, 'api_key_required', 'This API needs an API key (Authorization: Bearer <key>).', { 'WWW-Authenticate': 'Bearer' });
    [rateKey, perMinute] = [`ip:${requestIp(request.headers) ?? 'unknown'}`, API_REQUEST_POLICY.anonymousPerMinute];
  }
  const rate = await limiter(rateKey, perMinute);
  if (!rate.allowed) {
    return problem(429, 'rate_limited', `Too many requests: ${rate.limit} a minute. Try again in ${rate.retryAfterSeconds} s.`, { 'Retry-After': String(rate.retryAfterSeconds), 'RateLimit-Limit': String(rate.limit), 'RateLimit-Remaining': '0' });
  }
  let result: ApiAnswer;
  try {
    result = await answer();
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_REQUEST') return problem(400, 'bad_request', error.message);
    throw error;
  }
  if (!result) return problem(404, 'not_found', 'There is no such live item.');
  const body = JSON.stringify(result.body);
  const headers = {
    'Content-Type': `${result.contentType ?? 'application/json'}; charset=utf-8`,
    ETag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
    // Without a key the answer is the same for everyone; with one it is that consumer's (rate, scope).
    'Cache-Control': secret ? 'private, no-cache' : 'public, max-age=60, stale-while-revalidate=60',
    Vary: 'Authorization, X-Api-Key, Accept',
    'RateLimit-Limit': String(rate.limit),
    'RateLimit-Remaining': String(rate.remaining),
  };
  if (matchesEtag(request.headers.get('if-none-match'), headers.ETag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/** The query parameters, parsed with the endpoint's schema; bad ones are a 400 naming each. */
export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return parsed.data;
  throw new AppError('BAD_REQUEST', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`).join('; '));
}

function presentedKey(headers: Headers): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  return bearer ?? headers.get('x-api-key');
}

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function problem(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
