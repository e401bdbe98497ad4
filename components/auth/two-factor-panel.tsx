'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Field, FormAlert, FormStatus } from '@/components/forms/field';
import { serverErrors } from '@/components/forms/form-errors';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { twoFactorCodeSchema } from '@/server/auth/two-factor/two-factor.schema';
import { TwoFactorSetup } from './two-factor-setup';

/** The profile page's two-factor section: set it up, or see it is on and turn it off (with a code). */
export function TwoFactorPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.twoFactor.status.queryOptions());
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.twoFactor.status.queryKey() });

  if (status.error) return <FormAlert message={serverErrors(status.error).message} />;
  if (!status.data) return <p className="text-sm text-muted">Loading…</p>;
  return (
    <div className="space-y-3">
      <FormStatus message={message} />
      {status.data.enabled ? (
        <>
          <p className="text-sm">
            <strong>On.</strong> Signing in asks for a code from your authenticator app. Recovery codes left: {status.data.recoveryCodesLeft}.
          </p>
          {status.data.required ? (
            <p className="text-sm text-muted">Your role requires two-factor sign-in. Lost your phone? Ask an admin to reset it.</p>
          ) : (
            <DisableForm
              onDone={() => {
                setMessage('Two-factor sign-in is off.');
                refresh();
              }}
            />
          )}
        </>
      ) : (
        <>
          <p className="text-sm">
            <strong>Off.</strong> Add a second step to signing in: a code from an app on your phone, so a stolen password is not enough.
          </p>
          <TwoFactorSetup
            doneLabel="I have kept my recovery codes"
            onDone={() => {
              setMessage(null);
              refresh();
            }}
          />
        </>
      )}
    </div>
  );
}

function DisableForm({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const disable = useMutation(trpc.twoFactor.disable.mutationOptions());
  const form = useSchemaForm(twoFactorCodeSchema);
  const hint = 'A current code from your app, or one of your recovery codes.';
  const onSubmit = form.onSubmit(
    (data) => ({ code: data.get('code') }),
    (input) => disable.mutate(input, { onSuccess: onDone, onError: form.showServerError }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xs space-y-3">
      <FormAlert message={form.formError} />
      <Field id="totp-disable-code" label="Code to turn it off" error={form.fields.code} hint={hint}>
        <Input {...form.control('code', 'totp-disable-code', { hint: true })} autoComplete="one-time-code" />
      </Field>
      <Button type="submit" variant="secondary" disabled={disable.isPending}>
        {disable.isPending ? 'Turning off…' : 'Turn off two-factor sign-in'}
      </Button>
    </form>
  );
}
