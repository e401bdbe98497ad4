import type { Metadata } from 'next';
import { AdminPage } from '@/components/admin/admin-page';
import { DistributionTabs } from '@/components/admin/distribution-tabs';
import { WebhooksAdmin } from '@/components/admin/webhooks-admin';

export const metadata: Metadata = { title: 'Webhooks' };

export default function WebhooksPage() {
  return (
    <AdminPage title="Webhooks" intro="Receivers told, in signed requests, when articles go live, change or come down, and when sections change." permission="distribution.manage">
      <DistributionTabs current="/desk/admin/webhooks" />
      <WebhooksAdmin />
    </AdminPage>
  );
}
