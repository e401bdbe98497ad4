import { TRPCClientError } from '@trpc/client';
import type { z } from 'zod';
import type { AppRouter } from '@/server/api/root';
import { describeError } from '@/components/desk/error-message';

export type FieldErrors = Record<string, string | undefined>;

/** The first message for each field, from a zod error (the same schema the procedure validates with). */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** A server refusal as the form shows it: per-field messages when the server sent them, else one sentence. */
export function serverErrors(error: unknown): { fields: FieldErrors; message: string } {
  const fields: FieldErrors = {};
  if (error instanceof TRPCClientError) {
    const fieldErrors = (error as TRPCClientError<AppRouter>).data?.fieldErrors ?? {};
    for (const [key, messages] of Object.entries(fieldErrors)) {
      if (Array.isArray(messages) && typeof messages[0] === 'string') fields[key] = messages[0];
    }
  }
  const described = describeError(error);
  return { fields, message: [described.message, ...described.problems.filter((p) => !Object.values(fields).includes(p))].join(' ') };
}
