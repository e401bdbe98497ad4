import type { Metadata } from 'next';
import Link from 'next/link';
import { SetPasswordForm } from '@/components/admin/set-password-form';
import { TrpcProviders } from '@/components/providers/trpc';
import { RESET_TOKEN_MESSAGES } from '@/server/admin/check-reset-token';
import { resetTokenSchema } from '@/server/admin/staff.schema';
import { createCaller } from '@/server/api/root';
import { appDb } from '@/server/db/client';

// The token is a credential: never cache the page, never index it, never send it on as a Referer.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const valid = resetTokenSchema.safeParse(token);
  // Public page: the link is the only credential, so the procedure runs without an actor.
  const status = valid.success ? await createCaller({ db: appDb(), actor: null }).passwordReset.check({ token }) : ({ status: 'unknown' } as const);
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-xl border border-line bg-paper p-8 shadow-sm">
        <p className="font-serif text-2xl font-bold tracking-tight">Masthead</p>
        <h1 className="mt-1 text-sm text-muted">Set your password</h1>
        {status.status === 'valid' ? (
          <>
            <p className="mt-4 text-sm">
              Hello {status.name}. Choose the password you will sign in with as <strong>{status.email}</strong>.
            </p>
            <TrpcProviders>
              <SetPasswordForm token={token} email={status.email} />
            </TrpcProviders>
          </>
        ) : (
          <div className="mt-6 space-y-4">
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-danger">
              {RESET_TOKEN_MESSAGES[status.status]}
            </p>
            <Link href="/signin" className="text-sm hover:underline">
              Go to sign in
            </Link>
          </div>
        )}
      </div>
    </main>
  );
}
