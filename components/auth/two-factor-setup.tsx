'use client';

import { useMutation } from '@tanstack/react-query';
import { Field, FormAlert } from '@/components/forms/field';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { twoFactorCodeSchema } from '@/server/auth/two-factor/two-factor.schema';

/**
 * Setting up an authenticator app: scan the QR code (or type the key), type a code to prove it works,
 * then keep the recovery codes, shown this once. `onDone` runs when the user has seen them.
 */
export function TwoFactorSetup({ onDone, doneLabel }: { onDone: () => void; doneLabel: string }) {
  const trpc = useTRPC();
  const start = useMutation(trpc.twoFactor.start.mutationOptions());
  const confirm = useMutation(trpc.twoFactor.confirm.mutationOptions());
  const form = useSchemaForm(twoFactorCodeSchema);
  const onSubmit = form.onSubmit(
    (data) => ({ code: data.get('code') }),
    (input) => confirm.mutate(input, { onError: form.showServerError }),
  );

  if (confirm.data) return <RecoveryCodes codes={confirm.data.recoveryCodes} onDone={onDone} doneLabel={doneLabel} />;
  if (!start.data) {
    return (
      <div className="space-y-3">
        <FormAlert message={start.error?.message ?? null} />
        <Button onClick={() => start.mutate()} disabled={start.isPending}>
          {start.isPending ? 'Preparing…' : 'Set up an authenticator app'}
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        <li>Open your authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, Authy…).</li>
        <li>Scan this code with it, or type the key below.</li>
        <li>Type the 6-digit code the app then shows.</li>
      </ol>
      {/* A data URL made on the server: the secret never leaves for a third-party QR service. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={start.data.qrCode} alt="QR code for your authenticator app" width={200} height={200} className="rounded border border-line" />
      <p className="text-sm">
        Key: <code data-testid="totp-key" className="rounded bg-line/40 px-1 font-mono text-sm break-all">{start.data.secret}</code>
      </p>
      <form onSubmit={onSubmit} noValidate className="max-w-xs space-y-3">
        <FormAlert message={form.formError} />
        <Field id="totp-confirm-code" label="Code from the app" error={form.fields.code}>
          <Input {...form.control('code', 'totp-confirm-code')} inputMode="numeric" autoComplete="one-time-code" />
        </Field>
        <Button type="submit" disabled={confirm.isPending}>
          {confirm.isPending ? 'Checking…' : 'Turn on two-factor sign-in'}
        </Button>
      </form>
    </div>
  );
}

function RecoveryCodes({ codes, onDone, doneLabel }: { codes: string[]; onDone: () => void; doneLabel: string }) {
  return (
    <div role="status" className="space-y-3">
      <p className="text-sm font-medium">Two-factor sign-in is on.</p>
      <p className="text-sm">
        Keep these recovery codes somewhere safe (a password manager, or printed). Each signs you in once if you lose your phone.
        They are shown only now.
      </p>
      <ul aria-label="Recovery codes" className="grid max-w-sm grid-cols-2 gap-1 rounded border border-line bg-paper p-3 font-mono text-sm">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Button onClick={onDone}>{doneLabel}</Button>
    </div>
  );
}
