import type { Metadata } from 'next';
import Link from 'next/link';
import { ProfileForm } from '@/components/desk/profile-form';
import { SignedInDevices } from '@/components/desk/signed-in-devices';
import { serverCaller } from '@/server/api/server-caller';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const api = await serverCaller();
  const [profile, newsroom] = await Promise.all([api.profile.get(), api.settings.newsroom()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Your profile</h1>
        <p className="mt-1 text-sm text-muted">
          Readers see this on your author page, <Link href={`/authors/${profile.slug}`} className="text-accent underline">/authors/{profile.slug}</Link>.
        </p>
      </div>
      <ProfileForm profile={profile} />
      <SignedInDevices timeZone={newsroom.timeZone} />
    </div>
  );
}
