'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormAlert } from '@/components/forms/field';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { SECOND_FACTOR_REQUIRED } from '@/server/auth/sign-in-messages';
import { signInSchema } from '@/server/auth/sign-in.schema';

// next-auth reports a null return from authorize() as this code; thrown errors arrive as their message.
const NEXT_AUTH_REJECTED = 'CredentialsSignin';
const WRONG_CREDENTIALS = 'Wrong email or password.';

type FieldErrors = Partial<Record<'email' | 'password', string>>;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Set once the password was right and the account has two-factor sign-in: the form then asks for the code.
  const [askCode, setAskCode] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: data.get('email'), password: data.get('password') });
    if (!parsed.success) {
      const errors = parsed.error.flatten().fieldErrors;
      setFieldErrors({ email: errors.email?.[0], password: errors.password?.[0] });
      setFormError(null);
      return;
    }
    setFieldErrors({});
    setPending(true);
    const typedCode = data.get('code');
    const code = typeof typedCode === 'string' ? typedCode.trim() : '';
    const result = await signIn('credentials', { ...parsed.data, ...(askCode && { code }), redirect: false });
    setPending(false);
    if (result?.error === SECOND_FACTOR_REQUIRED) {
      setAskCode(true);
      setFormError(askCode ? SECOND_FACTOR_REQUIRED : null);
      return;
    }
    if (!result || result.error) {
      setFormError(!result || result.error === NEXT_AUTH_REJECTED ? WRONG_CREDENTIALS : result.error);
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      <FormAlert message={formError} />
      <div className="space-y-1.5">
        <Label htmlFor="email">Email</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          autoFocus
          aria-invalid={Boolean(fieldErrors.email)}
          aria-describedby={fieldErrors.email ? 'email-error' : undefined}
        />
        {fieldErrors.email && (
          <p id="email-error" className="text-sm text-danger">
            {fieldErrors.email}
          </p>
        )}
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="password">Password</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(fieldErrors.password)}
          aria-describedby={fieldErrors.password ? 'password-error' : undefined}
        />
        {fieldErrors.password && (
          <p id="password-error" className="text-sm text-danger">
            {fieldErrors.password}
          </p>
        )}
      </div>
      {askCode && <SecondFactorField />}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}

/** The second step: the same form, now with the code (the password is sent again with it). */
function SecondFactorField() {
  return (
    <div className="space-y-1.5">
      <Label htmlFor="code">Authentication code</Label>
      <Input id="code" name="code" inputMode="text" autoComplete="one-time-code" autoFocus aria-describedby="code-hint" />
      <p id="code-hint" className="text-xs text-muted">
        {SECOND_FACTOR_REQUIRED} Lost your phone? Type one of your recovery codes instead.
      </p>
    </div>
  );
}
