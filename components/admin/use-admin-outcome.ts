'use client';

import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { serverErrors } from '@/components/forms/form-errors';
import { reloadAfterChange } from '@/components/providers/reload-after-change';

/**
 * What an admin screen says after an act on its list: the last success (`status`) or the server's
 * refusal (`error`), never both. `succeeded` also reloads the list the act changed.
 */
export function useAdminOutcome(listKey: QueryKey) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return {
    status,
    error,
    succeeded: (message: string) => {
      setError(null);
      setStatus(message);
      return reloadAfterChange(queryClient, listKey);
    },
    /** A success that changed nothing in the list (e.g. a link made anew). */
    said: (message: string) => {
      setError(null);
      setStatus(message);
    },
    failed: (caught: unknown) => {
      setStatus(null);
      setError(serverErrors(caught).message);
    },
  };
}
