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
