'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Field, FormAlert, FormStatus } from '@/components/forms/field';
import { serverErrors } from '@/components/forms/form-errors';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { reloadAfterChange } from '@/components/providers/reload-after-change';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { TableHead } from '@/components/ui/table-head';
import { createWebhookEndpointSchema, type WebhookEndpointRow } from '@/server/distribution/webhooks/webhook.schema';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENT_TYPE_LIST } from '@/server/distribution/webhooks/webhook-events';
import { OneTimeSecret } from './one-time-secret';
import { useNewsroomTime } from './use-newsroom-time';
import { useAdminOutcome } from './use-admin-outcome';

export function WebhooksAdmin() {
  const trpc = useTRPC();
  const endpoints = useQuery(trpc.distribution.webhooks.queryOptions());
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [open, setOpen] = useState<WebhookEndpointRow | null>(null);
  const { status, error, succeeded: refresh, failed: onError } = useAdminOutcome(trpc.distribution.webhooks.queryKey());
  const setEnabled = useMutation(
    trpc.distribution.setWebhookEnabled.mutationOptions({ onSuccess: (row) => refresh(row.disabledAt ? `“${row.name}” disabled.` : `“${row.name}” enabled: waiting events are on their way.`), onError }),
  );
  const remove = useMutation(
    trpc.distribution.deleteWebhook.mutationOptions({
      onSuccess: () => {
        setOpen(null);
        return refresh('Webhook deleted.');
      },
      onError,
    }),
  );

  return (
    <div className="space-y-8">
      {created ? (
        <OneTimeSecret
          title={`Signing secret of “${created.name}”`}
          secret={created.secret}
          note="The receiver checks each request’s Masthead-Signature header with it (see the README)."
          onDone={() => setCreated(null)}
        />
      ) : (
        <NewWebhookForm
          onCreated={(name, secret) => {
            setCreated({ name, secret });
            void refresh(`Webhook “${name}” registered.`);
          }}
        />
      )}
      <section aria-labelledby="webhooks-heading" className="space-y-3">
        <h2 id="webhooks-heading" className="text-lg font-semibold">
          Webhooks
        </h2>
        <FormAlert message={error} />
        <FormStatus message={status} />
        {endpoints.isPending && <p className="text-sm text-muted">Loading webhooks…</p>}
        {endpoints.data && endpoints.data.length === 0 && <p className="text-sm text-muted">No webhooks yet.</p>}
        {endpoints.data && endpoints.data.length > 0 && (
          <table className="stack-table w-full text-left text-sm">
            <TableHead columns={['Name', 'Events', 'Waiting', 'Status', { srOnly: 'Actions' }]} />
            <tbody className="divide-y divide-line">
              {endpoints.data.map((endpoint) => (
                <tr key={endpoint.id} data-testid={`webhook-${endpoint.name}`}>
                  <td className="py-2 pr-3 align-top">
                    <span className="font-medium">{endpoint.name}</span>
                    <span className="block break-all text-xs text-muted">{endpoint.url}</span>
                  </td>
                  <td className="py-2 pr-3 align-top" data-label="Events">{endpoint.events.join(', ')}</td>
                  <td className="py-2 pr-3 align-top" data-label="Waiting">{endpoint.pendingDeliveries}</td>
                  <td className="py-2 pr-3 align-top" data-label="Status">
                    {endpoint.disabledAt ? (
                      <span className="text-danger">{endpoint.disabledReason ?? 'Disabled'}</span>
                    ) : endpoint.consecutiveFailures > 0 ? (
                      `Failing (${endpoint.consecutiveFailures} in a row)`
                    ) : (
                      'Active'
                    )}
                  </td>
                  <td className="py-2 align-top">
                    <div className="flex flex-wrap gap-1.5 md:justify-end">
                      <Button size="sm" variant="secondary" aria-label={`Deliveries of ${endpoint.name}`} onClick={() => setOpen(endpoint)}>
                        Deliveries
                      </Button>
                      <Button
                        size="sm"
                        variant="secondary"
                        aria-label={`${endpoint.disabledAt ? 'Enable' : 'Disable'} ${endpoint.name}`}
                        disabled={setEnabled.isPending}
                        onClick={() => setEnabled.mutate({ endpointId: endpoint.id, enabled: endpoint.disabledAt !== null })}
                      >
                        {endpoint.disabledAt ? 'Enable' : 'Disable'}
                      </Button>
                      <Button
                        size="sm"
                        variant="danger"
                        aria-label={`Delete ${endpoint.name}`}
                        disabled={remove.isPending}
                        onClick={() => {
                          if (window.confirm(`Delete the webhook “${endpoint.name}” and its delivery log?`)) remove.mutate({ endpointId: endpoint.id });
                        }}
                      >
                        Delete
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {open && <DeliveryLog endpoint={open} />}
    </div>
  );
}

/** The endpoint's latest deliveries, each attempt with its status code and response time, and "Send again". */
function DeliveryLog({ endpoint }: { endpoint: WebhookEndpointRow }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const deliveriesQuery = trpc.distribution.webhookDeliveries.queryOptions({ endpointId: endpoint.id, limit: 50 });
  // Pending deliveries move on their own: look again every few seconds while the log is open.
  const deliveries = useQuery({ ...deliveriesQuery, refetchInterval: 3_000 });
  const [status, setStatus] = useState<string | null>(null);
  const time = useNewsroomTime();
  const redeliver = useMutation(
    trpc.distribution.redeliverWebhook.mutationOptions({
      onSuccess: () => {
        setStatus('Queued to be sent again.');
        return reloadAfterChange(queryClient, deliveriesQuery.queryKey);
      },
      onError: (caught) => setStatus(serverErrors(caught).message),
    }),
  );
  return (
    <section aria-labelledby="delivery-log-heading" className="space-y-3">
      <h2 id="delivery-log-heading" className="text-lg font-semibold">
        Deliveries to “{endpoint.name}”
      </h2>
      <FormStatus message={status} />
      {deliveries.data && deliveries.data.length === 0 && <p className="text-sm text-muted">Nothing sent yet.</p>}
      {deliveries.data && deliveries.data.length > 0 && (
        <table className="stack-table w-full text-left text-sm">
          <TableHead columns={['Event', 'Occurred', 'Status', 'Attempts', { srOnly: 'Actions' }]} />
          <tbody className="divide-y divide-line">
            {deliveries.data.map((delivery) => (
              <tr key={delivery.id} data-testid="webhook-delivery">
                <td className="py-2 pr-3 align-top">
                  <span className="font-medium">{delivery.eventType}</span>
                  <span className="block break-all text-xs text-muted">{delivery.subject}</span>
                </td>
                <td className="py-2 pr-3 align-top" data-label="Occurred">{time(delivery.createdAt)}</td>
                <td className="py-2 pr-3 align-top" data-label="Status">{delivery.status === 'DELIVERED' ? `Delivered ${time(delivery.deliveredAt)}` : 'Waiting'}</td>
                <td className="py-2 pr-3 align-top" data-label="Attempts">
                  <ul className="space-y-0.5">
                    {delivery.attempts.map((attempt) => (
                      <li key={attempt.startedAt.toISOString()} className="text-xs">
                        {time(attempt.startedAt)}: {attempt.statusCode ?? 'no answer'} in {attempt.durationMs} ms
                        {attempt.error && attempt.statusCode === null && ` (${attempt.error})`}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="py-2 align-top">
                  <Button size="sm" variant="secondary" aria-label={`Send ${delivery.eventType} again`} disabled={redeliver.isPending} onClick={() => redeliver.mutate({ deliveryId: delivery.id })}>
                    Send again
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function NewWebhookForm({ onCreated }: { onCreated: (name: string, secret: string) => void }) {
  const trpc = useTRPC();
  const form = useSchemaForm(createWebhookEndpointSchema);
  const create = useMutation(trpc.distribution.createWebhook.mutationOptions());
  const onSubmit = form.onSubmit(
    (data) => ({ name: data.get('name'), url: data.get('url'), events: data.getAll('events') }),
    (input, element) =>
      create.mutate(input, {
        onSuccess: ({ endpoint, secret }) => {
          element.reset();
          onCreated(endpoint.name, secret);
        },
        onError: form.showServerError,
      }),
  );
  return (
    <section aria-labelledby="new-webhook-heading" className="rounded-xl border border-line bg-paper p-5">
      <h2 id="new-webhook-heading" className="text-lg font-semibold">
        New webhook
      </h2>
      <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormAlert message={form.formError} />
        </div>
        <Field id="new-webhook-name" label="Name" error={form.fields.name}>
          <Input {...form.control('name', 'new-webhook-name')} />
        </Field>
        <Field id="new-webhook-url" label="Address" error={form.fields.url} hint="Where events are POSTed, e.g. https://partner.example/masthead.">
          <Input {...form.control('url', 'new-webhook-url', { hint: true })} type="url" />
        </Field>
        <fieldset className="sm:col-span-2" aria-describedby={form.fields.events ? 'new-webhook-events-error' : undefined}>
          <legend className="text-sm font-medium">Events</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {WEBHOOK_EVENT_TYPE_LIST.map((type) => (
              <label key={type} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="events" value={type} defaultChecked={type.startsWith('article.')} className="mt-0.5 h-4 w-4" />
                <span>
                  <span className="font-mono text-xs">{type}</span>
                  <span className="block text-xs text-muted">{WEBHOOK_EVENT_TYPES[type]}</span>
                </span>
              </label>
            ))}
          </div>
          {form.fields.events && (
            <p id="new-webhook-events-error" className="mt-1 text-xs text-danger">
              {form.fields.events}
            </p>
          )}
        </fieldset>
        <div>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Registering…' : 'Register webhook'}
          </Button>
        </div>
      </form>
    </section>
  );
}
