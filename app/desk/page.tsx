import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentActor } from '@/server/auth/session';

export const metadata: Metadata = { title: 'Desk' };

export default async function DeskHome() {
  const actor = await currentActor();
  if (!actor) redirect('/signin?callbackUrl=/desk');
  return (
    <section>
      <h1 className="text-2xl font-semibold">Good to see you, {actor.name.split(' ')[0]}</h1>
      <p className="mt-1 text-muted">Your drafts, the review queue and the schedule appear here.</p>
    </section>
  );
}
