'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Field, FormAlert, FormStatus } from '@/components/forms/field';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { reloadAfterChange } from '@/components/providers/reload-after-change';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { TableHead } from '@/components/ui/table-head';
import { createApiKeySchema } from '@/server/distribution/api-keys/api-key.schema';
import { API_SCOPES, API_SCOPE_LIST } from '@/server/distribution/api-scopes';
import { OneTimeSecret } from './one-time-secret';
import { useNewsroomTime } from './use-newsroom-time';
import { useAdminOutcome } from './use-admin-outcome';

export function ApiKeysAdmin() {
  const trpc = useTRPC();
  const keys = useQuery(trpc.distribution.apiKeys.queryOptions());
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const time = useNewsroomTime();
  const { status, error, succeeded: refresh, failed } = useAdminOutcome(trpc.distribution.apiKeys.queryKey());
  const revoke = useMutation(
    trpc.distribution.revokeApiKey.mutationOptions({ onSuccess: (row) => refresh(`“${row.name}” revoked: it is refused from now on.`), onError: failed }),
  );

  return (
    <div className="space-y-8">
      <AnonymousAccess />
      {created ? (
        <OneTimeSecret title={`API key “${created.name}”`} secret={created.secret} note="Give this key to the consumer; they send it as “Authorization: Bearer <key>”." onDone={() => setCreated(null)} />
      ) : (
        <NewApiKeyForm
          onCreated={(name, secret) => {
            setCreated({ name, secret });
            void refresh(`Key “${name}” created.`);
          }}
        />
      )}
      <section aria-labelledby="api-keys-heading" className="space-y-3">
        <h2 id="api-keys-heading" className="text-lg font-semibold">
          API keys
        </h2>
        <FormAlert message={error} />
        <FormStatus message={status} />
        {keys.isPending && <p className="text-sm text-muted">Loading keys…</p>}
        {keys.data && keys.data.length === 0 && <p className="text-sm text-muted">No keys yet.</p>}
        {keys.data && keys.data.length > 0 && (
          <table className="stack-table w-full text-left text-sm">
            <TableHead columns={['Name', 'Key', 'May read', 'Per minute', 'Last used', 'Status', { srOnly: 'Actions' }]} />
            <tbody className="divide-y divide-line">
              {keys.data.map((key) => (
                <tr key={key.id} data-testid={`api-key-${key.name}`}>
                  <td className="py-2 pr-3 align-top">
                    <span className="font-medium">{key.name}</span>
                    <span className="block text-xs text-muted">
                      Made {time(key.createdAt)}
                      {key.createdByName && ` by ${key.createdByName}`}
                    </span>
                  </td>
                  <td className="py-2 pr-3 align-top font-mono" data-label="Key">
                    {key.prefix}…
                  </td>
                  <td className="py-2 pr-3 align-top" data-label="May read">{key.scopes.join(', ')}</td>
                  <td className="py-2 pr-3 align-top" data-label="Per minute">{key.rateLimitPerMinute}</td>
                  <td className="py-2 pr-3 align-top" data-label="Last used">{time(key.lastUsedAt, 'Never')}</td>
                  <td className="py-2 pr-3 align-top" data-label="Status">{key.revokedAt ? `Revoked ${time(key.revokedAt)}` : 'Active'}</td>
                  <td className="py-2 align-top">
                    {!key.revokedAt && (
                      <Button
                        size="sm"
                        variant="danger"
                        aria-label={`Revoke ${key.name}`}
                        disabled={revoke.isPending}
                        onClick={() => {
                          if (window.confirm(`Revoke “${key.name}”? Requests with it are refused at once.`)) revoke.mutate({ apiKeyId: key.id });
                        }}
                      >
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function AnonymousAccess() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const allowed = useQuery(trpc.distribution.anonymousAccess.queryOptions());
  const set = useMutation(trpc.distribution.setAnonymousAccess.mutationOptions({ onSuccess: () => reloadAfterChange(queryClient, trpc.distribution.anonymousAccess.queryKey()) }));
  return (
    <section aria-labelledby="anonymous-heading" className="rounded-xl border border-line bg-paper p-5">
      <h2 id="anonymous-heading" className="text-lg font-semibold">
        Access without a key
      </h2>
      <div className="mt-3 flex items-start gap-3">
        <input
          id="api-anonymous-access"
          type="checkbox"
          className="mt-1 h-4 w-4"
          checked={allowed.data ?? false}
          disabled={!allowed.data && allowed.isPending}
          onChange={(event) => set.mutate({ allowed: event.target.checked })}
          aria-describedby="api-anonymous-access-hint"
        />
        <div>
          <label htmlFor="api-anonymous-access" className="text-sm font-medium">
            Anyone may read the content API without a key
          </label>
          <p id="api-anonymous-access-hint" className="text-xs text-muted">
            It only ever serves what is live on the site, at 60 requests a minute per address. Off: every request needs a key.
            The API is described at <a className="underline" href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
          </p>
        </div>
      </div>
    </section>
  );
}

function NewApiKeyForm({ onCreated }: { onCreated: (name: string, secret: string) => void }) {
  const trpc = useTRPC();
  const form = useSchemaForm(createApiKeySchema);
  const create = useMutation(trpc.distribution.createApiKey.mutationOptions());
  const onSubmit = form.onSubmit(
    (data) => ({ name: data.get('name'), scopes: data.getAll('scopes'), rateLimitPerMinute: Number(data.get('rateLimitPerMinute')) }),
    (input, element) =>
      create.mutate(input, {
        onSuccess: ({ apiKey, secret }) => {
          element.reset();
          onCreated(apiKey.name, secret);
        },
        onError: form.showServerError,
      }),
  );
  return (
    <section aria-labelledby="new-api-key-heading" className="rounded-xl border border-line bg-paper p-5">
      <h2 id="new-api-key-heading" className="text-lg font-semibold">
        New API key
      </h2>
      <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormAlert message={form.formError} />
        </div>
        <Field id="new-api-key-name" label="Name" error={form.fields.name} hint="Who uses it, for what: e.g. “Mobile app”.">
          <Input {...form.control('name', 'new-api-key-name', { hint: true })} />
        </Field>
        <Field id="new-api-key-rate" label="Requests per minute" error={form.fields.rateLimitPerMinute}>
          <Input {...form.control('rateLimitPerMinute', 'new-api-key-rate')} type="number" min={1} defaultValue={600} />
        </Field>
        <fieldset className="sm:col-span-2" aria-describedby={form.fields.scopes ? 'new-api-key-scopes-error' : undefined}>
          <legend className="text-sm font-medium">May read</legend>
          <div className="mt-2 flex flex-wrap gap-5">
            {API_SCOPE_LIST.map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="scopes" value={scope} defaultChecked className="h-4 w-4" />
                {API_SCOPES[scope]}
              </label>
            ))}
          </div>
          {form.fields.scopes && (
            <p id="new-api-key-scopes-error" className="mt-1 text-xs text-danger">
              {form.fields.scopes}
            </p>
          )}
        </fieldset>
        <div>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create key'}
          </Button>
        </div>
      </form>
    </section>
  );
}
