'use client';

import { useMutation } from '@tanstack/react-query';
import { signOut } from 'next-auth/react';
import { Field, FormAlert } from '@/components/forms/field';
import { useSchemaForm } from '@/components/forms/use-schema-form';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { changePasswordSchema } from '@/server/auth/change-password.schema';
import { PASSWORD_HINT } from '@/server/auth/password-policy';

/** Changing one's own password; every session ends with it, so the desk then asks to sign in again. */
export function ChangePasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.password.change.mutationOptions());
  const form = useSchemaForm(changePasswordSchema);
  const onSubmit = form.onSubmit(
    (data) => ({ currentPassword: data.get('currentPassword'), password: data.get('password'), confirmation: data.get('confirmation') }),
    (input) =>
      change.mutate(input, {
        onSuccess: () => void signOut({ callbackUrl: '/signin?changed=password' }),
        onError: form.showServerError,
      }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm space-y-4">
      <FormAlert message={form.formError} />
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
      <p className="text-xs text-muted">You will be signed out everywhere, here too, and sign in again with the new password.</p>
    </form>
  );
}
