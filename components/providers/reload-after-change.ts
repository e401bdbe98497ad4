import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Reloads queries after a change the user just made. A first load still in flight may have read the
 * database before the change, and invalidating alone would wait for it and keep its stale result
 * (TanStack Query only restarts fetches that already have data), so it is cancelled first.
 */
export async function reloadAfterChange(queryClient: QueryClient, queryKey: QueryKey): Promise<void> {
  await queryClient.cancelQueries({ queryKey });
  await queryClient.invalidateQueries({ queryKey });
}
