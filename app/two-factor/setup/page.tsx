import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { ForcedTwoFactorSetup } from '@/components/auth/forced-two-factor-setup';
import { TrpcProviders } from '@/components/providers/trpc';
import { currentSession } from '@/server/auth/session';
import { twoFactorEnrolmentDue } from '@/server/auth/two-factor/two-factor-status';
import { appDb } from '@/server/db/client';

export const metadata: Metadata = { title: 'Set up two-factor sign-in' };
export const dynamic = 'force-dynamic';

/**
 * Where the desk sends someone whose role requires two-factor sign-in until they have set it up. Outside
 * the desk layout on purpose: that layout redirects here, and nothing of the desk is reachable meanwhile.
 */
export default async function TwoFactorSetupPage() {
  const session = await currentSession();
  if (!session) redirect('/signin?callbackUrl=/desk');
  const { actor } = session;
  if (!(await twoFactorEnrolmentDue(appDb(), session))) redirect('/desk');
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-lg space-y-4 rounded-xl border border-line bg-paper p-8 shadow-sm">
        <div className="flex items-start justify-between gap-4">
          <div>
            <p className="font-serif text-2xl font-bold tracking-tight">Masthead</p>
            <h1 className="mt-1 text-lg font-semibold">Set up two-factor sign-in</h1>
          </div>
          <SignOutButton />
        </div>
        <p className="text-sm">
          Hello {actor.name}. Your newsroom requires a second step when you sign in: a code from an authenticator app on your
          phone. Set it up now to continue to the desk.
        </p>
        <TrpcProviders>
          <ForcedTwoFactorSetup />
        </TrpcProviders>
      </div>
    </main>
  );
}
