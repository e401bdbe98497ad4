import { unstable_rethrow } from 'next/navigation';
import { reportInternalError } from '../internal-error';

/**
 * Wraps a route handler so an unexpected failure answers 500 with the plain sentence and id (JSON for
 * API routes, text otherwise), never the error's own message.
 */
export function withInternalErrorsReported<Args extends unknown[]>(
  handler: (request: Request, ...rest: Args) => Promise<Response>,
): (request: Request, ...rest: Args) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      unstable_rethrow(error); // Next's own control flow (notFound, redirect, dynamic bail-outs) passes through
      const { errorId, message } = reportInternalError(error, { method: request.method, path: new URL(request.url).pathname });
      const headers = { 'Cache-Control': 'no-store' };
      return new URL(request.url).pathname.startsWith('/api/')
        ? Response.json({ error: message, errorId }, { status: 500, headers })
        : new Response(message, { status: 500, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    }
  };
}
