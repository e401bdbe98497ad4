import type { Metadata } from 'next';
import { AdminPage } from '@/components/admin/admin-page';
import { SectionsAdmin } from '@/components/admin/sections-admin';

export const metadata: Metadata = { title: 'Sections' };

export default function SectionsPage() {
  return (
    <AdminPage title="Sections" intro="Create, rename, reorder and archive the sections of the site." permission="section.manage">
      <SectionsAdmin />
    </AdminPage>
  );
}
