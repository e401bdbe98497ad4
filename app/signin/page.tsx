import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeCallbackUrl } from '@/server/auth/safe-callback-url';
import { currentActor } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-line bg-paper p-8 shadow-sm">
        <p className="font-serif text-2xl font-bold tracking-tight">Masthead</p>
        <h1 className="mt-1 text-sm text-muted">Sign in to the newsroom desk</h1>
        {params.changed === 'password' && (
          <p role="status" className="mt-4 text-sm text-ok">
            Your password is changed and every session has ended. Sign in with the new one.
          </p>
        )}
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
