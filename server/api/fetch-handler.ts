import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { AppError } from '../errors';
import { appRouter } from './root';
import { busyCause, type Context } from './trpc';

/**
 * tRPC over HTTP: the route handler's whole work, given how to build the context. Failures are logged
 * (with an error id) by the error formatter in trpc.ts, which also keeps their messages from the client.
 * A retryable refusal (busy, rate-limited) carries Retry-After, as HTTP clients and proxies expect; an
 * overloaded database while building the context (the session lookup) is one too, not a 500.
 */
export function handleTrpcRequest(req: Request, createContext: () => Promise<Context>): Promise<Response> {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: () =>
      createContext().catch((error: unknown) => {
        const cause = busyCause(error);
        throw cause ? new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: cause.message, cause }) : error;
      }),
    responseMeta({ errors }) {
      const waits = errors.flatMap((error) => (error.cause instanceof AppError && error.cause.details.retryAfterSeconds ? [error.cause.details.retryAfterSeconds] : []));
      return waits.length ? { headers: new Headers({ 'Retry-After': String(Math.max(...waits)) }) } : {};
    },
  });
}
