import type { Metadata } from 'next';
import { AdminPage } from '@/components/admin/admin-page';
import { DistributionTabs } from '@/components/admin/distribution-tabs';
import { ApiKeysAdmin } from '@/components/admin/api-keys-admin';

export const metadata: Metadata = { title: 'Content API' };

export default function ApiKeysPage() {
  return (
    <AdminPage title="Content API" intro="Keys for apps and partners reading live articles from /api/v1, and whether it answers without one." permission="distribution.manage">
      <DistributionTabs current="/desk/admin/api-keys" />
      <ApiKeysAdmin />
    </AdminPage>
  );
}
