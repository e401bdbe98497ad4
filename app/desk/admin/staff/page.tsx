import type { Metadata } from 'next';
import { AdminPage } from '@/components/admin/admin-page';
import { StaffAdmin } from '@/components/admin/staff-admin';
import { currentActor } from '@/server/auth/session';
import { mailerFromEnv } from '@/server/mail/mailer';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const actor = await currentActor();
  return (
    <AdminPage title="Staff" intro="Add people, change their roles, and deactivate accounts. Bylines and history always stay." permission="staff.manage">
      <StaffAdmin currentUserId={actor?.id ?? ''} emailsLinks={mailerFromEnv() !== null} />
    </AdminPage>
  );
}
