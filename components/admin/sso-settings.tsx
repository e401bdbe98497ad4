'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormAlert } from '@/components/forms/field';
import { serverErrors } from '@/components/forms/form-errors';
import { reloadAfterChange } from '@/components/providers/reload-after-change';
import { useTRPC } from '@/components/providers/trpc';

/** Whether single sign-on lets in people who have no staff account yet (only shown when SSO is configured). */
export function SsoSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sso = useQuery(trpc.settings.sso.queryOptions());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const change = useMutation(
    trpc.settings.setSsoCreatesAccounts.mutationOptions({
      onSuccess: (_, { createsAccounts }) => {
        setError(null);
        setMessage(createsAccounts ? 'New people signing in get a journalist account.' : 'Only existing staff can sign in.');
        return reloadAfterChange(queryClient, trpc.settings.sso.queryKey());
      },
      onError: (caught) => setError(serverErrors(caught).message),
    }),
  );
  if (!sso.data?.configured) return null;

  return (
    <section aria-labelledby="sso-heading" className="max-w-xl space-y-3 rounded-lg border border-line bg-paper p-6">
      <h2 id="sso-heading" className="text-lg font-semibold">
        Single sign-on ({sso.data.name})
      </h2>
      <p className="text-sm text-muted">
        Staff sign in with {sso.data.name} when its verified email address matches their staff account.
      </p>
      <FormAlert message={error} />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5"
          checked={sso.data.createsAccounts}
          disabled={change.isPending}
          onChange={(event) => change.mutate({ createsAccounts: event.target.checked })}
        />
        <span>Let in people with no staff account yet, as journalists (each new account is in the audit log)</span>
      </label>
      <p aria-live="polite" className="text-sm text-ok">
        {message}
      </p>
    </section>
  );
}
