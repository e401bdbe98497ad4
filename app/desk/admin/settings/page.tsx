import type { Metadata } from 'next';
import { AdminPage } from '@/components/admin/admin-page';
import { ChecklistSettings } from '@/components/admin/checklist-settings';
import { SettingsForm } from '@/components/admin/settings-form';
import { SsoSettings } from '@/components/admin/sso-settings';
import { supportedTimeZones } from '@/server/admin/settings.schema';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return (
    <AdminPage title="Newsroom settings" intro="The newsroom's name, its time zone, the review rule and the pre-publish checklist." permission="settings.manage">
      {/* The server's list, passed down so the page renders the same on server and browser. */}
      <div className="space-y-6">
        <SettingsForm timeZones={supportedTimeZones()} />
        <ChecklistSettings />
        <SsoSettings />
      </div>
    </AdminPage>
  );
}
