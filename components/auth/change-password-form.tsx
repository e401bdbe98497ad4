'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Field, FormAlert } from '@/components/forms/field';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { changePasswordSchema } from '@/server/auth/change-password.schema';
import { PASSWORD_HINT } from '@/server/auth/password-policy';

/** Changing one's own password; every other session ends with it, this one stays signed in. */
export function ChangePasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.password.change.mutationOptions());
  const form = useSchemaForm(changePasswordSchema);
  const [sessionsEnded, setSessionsEnded] = useState<number | null>(null);
  const onSubmit = form.onSubmit(
    (data) => ({ currentPassword: data.get('currentPassword'), password: data.get('password'), confirmation: data.get('confirmation') }),
    (input, element) => {
      setSessionsEnded(null);
      change.mutate(input, {
        onSuccess: (result) => {
          element.reset();
          setSessionsEnded(result.sessionsEnded);
        },
        onError: form.showServerError,
      });
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <FormAlert message={form.formError} />
      {sessionsEnded !== null && (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-ok">
          Your password is changed.{' '}
          {sessionsEnded === 0 ? 'You were signed in nowhere else.' : `Signed out of ${sessionsEnded === 1 ? '1 other session' : `${sessionsEnded} other sessions`}.`}
        </p>
      )}
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="current-password" label="Current password" error={form.fields.currentPassword}>
        <Input {...form.control('currentPassword', 'current-password')} type="password" autoComplete="current-password" />
      </Field>
      <Field id="new-password" label="New password" error={form.fields.password} hint={PASSWORD_HINT}>
        <Input {...form.control('password', 'new-password', { hint: true })} type="password" autoComplete="new-password" />
      </Field>
      <Field id="confirm-password" label="Type it again" error={form.fields.confirmation}>
        <Input {...form.control('confirmation', 'confirm-password')} type="password" autoComplete="new-password" />
      </Field>
      <Button type="submit" disabled={change.isPending}>
        {change.isPending ? 'Changing…' : 'Change password'}
      </Button>
      <p className="text-xs text-muted">You stay signed in here; every other device you are signed in on is signed out.</p>
    </form>
  );
}
