'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { completePasswordResetSchema } from '@/server/admin/staff.schema';
import { PASSWORD_HINT } from '@/server/auth/password-policy';
import { describedBy, Field, FormAlert } from '@/components/forms/field';
import { useSchemaForm } from '@/components/forms/use-schema-form';

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const form = useSchemaForm(completePasswordResetSchema);
  const complete = useMutation(trpc.passwordReset.complete.mutationOptions());

  const onSubmit = form.onSubmit(
    (data) => ({ token, password: data.get('password'), confirmation: data.get('confirmation') }),
    (input) => complete.mutate(input, { onError: form.showServerError }),
  );

  if (complete.isSuccess) {
    return (
      <div role="status" className="mt-6 space-y-4">
        <p className="text-sm">Your password is set. Sign in with {complete.data.email} and your new password.</p>
        <Button asChild className="w-full">
          <Link href="/signin">Go to sign in</Link>
        </Button>
      </div>
    );
  }

  const hint = PASSWORD_HINT;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormAlert message={form.formError} />
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="new-password" label="New password" error={form.fields.password} hint={hint}>
        <Input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          autoFocus
          aria-invalid={Boolean(form.fields.password)}
          aria-describedby={describedBy('new-password', form.fields.password, hint)}
        />
      </Field>
      <Field id="confirm-password" label="Type it again" error={form.fields.confirmation}>
        <Input
          {...form.control('confirmation', 'confirm-password')}
          type="password"
          autoComplete="new-password"
        />
      </Field>
      <Button type="submit" className="w-full" disabled={complete.isPending}>
        {complete.isPending ? 'Setting password…' : 'Set password'}
      </Button>
    </form>
  );
}
