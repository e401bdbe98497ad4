import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from './root';
import type { Context } from './trpc';

/**
 * tRPC over HTTP: the route handler's whole work, given how to build the context. Failures are logged
 * (with an error id) by the error formatter in trpc.ts, which also keeps their messages from the client.
 */
export function handleTrpcRequest(req: Request, createContext: () => Promise<Context>): Promise<Response> {
  return fetchRequestHandler({ endpoint: '/api/trpc', req, router: appRouter, createContext });
}
