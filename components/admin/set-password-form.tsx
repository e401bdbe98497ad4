'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '@/components/providers/trpc';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { completePasswordResetSchema, MIN_PASSWORD_LENGTH } from '@/server/admin/staff.schema';
import { describedBy, Field, FormAlert } from './field';
import { serverErrors, zodFieldErrors, type FieldErrors } from './form-errors';

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const [fields, setFields] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const complete = useMutation(trpc.passwordReset.complete.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = completePasswordResetSchema.safeParse({ token, password: data.get('password'), confirmation: data.get('confirmation') });
    if (!parsed.success) {
      setFields(zodFieldErrors(parsed.error));
      setFormError('Some fields need attention.');
      return;
    }
    setFields({});
    setFormError(null);
    complete.mutate(parsed.data, {
      onError: (error) => {
        const { fields: serverFields, message } = serverErrors(error);
        setFields(serverFields);
        setFormError(message);
      },
    });
  }

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

  const hint = `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormAlert message={formError} />
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="new-password" label="New password" error={fields.password} hint={hint}>
        <Input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          autoFocus
          aria-invalid={Boolean(fields.password)}
          aria-describedby={describedBy('new-password', fields.password, hint)}
        />
      </Field>
      <Field id="confirm-password" label="Type it again" error={fields.confirmation}>
        <Input
          id="confirm-password"
          name="confirmation"
          type="password"
          autoComplete="new-password"
          aria-invalid={Boolean(fields.confirmation)}
          aria-describedby={describedBy('confirm-password', fields.confirmation)}
        />
      </Field>
      <Button type="submit" className="w-full" disabled={complete.isPending}>
        {complete.isPending ? 'Setting password…' : 'Set password'}
      </Button>
    </form>
  );
}
