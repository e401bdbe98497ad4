import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '@/server/api/root';

/** A server error as the desk shows it: the sentence, plus every listed problem. */
export type DescribedError = {
  message: string;
  problems: string[];
  code: string | null;
  /** For CONFLICT: the version now on the server. */
  currentVersion: number | null;
};

export function describeError(error: unknown): DescribedError {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AppRouter>).data;
    const fieldErrors = data?.fieldErrors ? Object.values(data.fieldErrors).flat().filter((m): m is string => typeof m === 'string') : [];
    return {
      message: error.message,
      problems: data?.details?.problems ?? fieldErrors,
      code: data?.code ?? null,
      currentVersion: data?.details?.currentVersion ?? null,
    };
  }
  return { message: 'Something went wrong. Check your connection and try again.', problems: [], code: null, currentVersion: null };
}

/**
 * What the desk prints for an error: the sentence, and the problems as a list only where the list adds
 * something. The server's sentence often already names the problems ("…isn't ready to be scheduled:
 * Choose a publish time in the future."); one problem then stays a sentence, several become the sentence's
 * lead-in followed by the list, so no line is said twice.
 */
export function errorLines(error: Pick<DescribedError, 'message' | 'problems'>): { message: string; problems: string[] } {
  const { message, problems } = error;
  const unsaid = problems.filter((problem) => !message.includes(problem));
  if (unsaid.length > 0 || problems.length === 0) return { message, problems: unsaid };
  if (problems.length === 1) return { message, problems: [] };
  // Several, all in the sentence: what comes before the first one leads into the list.
  const first = Math.min(...problems.map((problem) => message.indexOf(problem)));
  const leadIn = message.slice(0, first).replace(/[\s:;,]+$/, '');
  return leadIn ? { message: `${leadIn}:`, problems } : { message, problems: [] };
}
