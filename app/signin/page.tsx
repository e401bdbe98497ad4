import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SsoSignInButton } from '@/components/auth/sso-sign-in-button';
import { FormAlert } from '@/components/forms/field';
import { safeCallbackUrl } from '@/server/auth/safe-callback-url';
import { currentActor } from '@/server/auth/session';
import { SSO_PROVIDER_ID } from '@/server/auth/sso-provider';
import { env } from '@/server/env';
import { ssoConfig } from '@/server/sso/sso-config';
import { signInErrorMessage } from '@/server/sso/sso-errors';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const sso = ssoConfig(env());
  // A refused or failed single sign-on comes back here with a code (the password form reports its own).
  const ssoError = signInErrorMessage(params.error);
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-line bg-paper p-8 shadow-sm">
        <p className="font-serif text-2xl font-bold tracking-tight">Masthead</p>
        <h1 className="mt-1 text-sm text-muted">Sign in to the newsroom desk</h1>
        {ssoError && (
          <div className="mt-6">
            <FormAlert message={ssoError} />
          </div>
        )}
        <SignInForm callbackUrl={callbackUrl} />
        {sso && <SsoSignInButton providerId={SSO_PROVIDER_ID} name={sso.name} callbackUrl={callbackUrl} />}
      </div>
    </main>
  );
}
