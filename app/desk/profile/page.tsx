import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { TwoFactorPanel } from '@/components/auth/two-factor-panel';
import { ProfileForm } from '@/components/desk/profile-form';
import { SignedInDevices } from '@/components/desk/signed-in-devices';
import { currentActor } from '@/server/auth/session';
import { serverCaller } from '@/server/api/server-caller';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const api = await serverCaller();
  const [profile, newsroom, actor] = await Promise.all([api.profile.get(), api.settings.newsroom(), currentActor()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Your profile</h1>
        <p className="mt-1 text-sm text-muted">
          Readers see this on your author page, <Link href={`/authors/${profile.slug}`} className="text-accent underline">/authors/{profile.slug}</Link>.
        </p>
      </div>
      <ProfileForm profile={profile} />
      <section aria-labelledby="two-factor-heading" className="max-w-xl space-y-3 rounded-lg border border-line bg-paper p-6">
        <h2 id="two-factor-heading" className="text-lg font-semibold">Two-factor sign-in</h2>
        <TwoFactorPanel />
      </section>
      <section aria-labelledby="password-heading" className="max-w-xl space-y-3 rounded-lg border border-line bg-paper p-6">
        <h2 id="password-heading" className="text-lg font-semibold">Change your password</h2>
        <ChangePasswordForm email={actor?.email ?? ''} />
      </section>
      <SignedInDevices timeZone={newsroom.timeZone} />
    </div>
  );
}
