import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPage } from '@/components/admin/admin-page';
import { appDb } from '@/server/db/client';
import { listFronts } from '@/server/front/get-front-for-editing';

export const metadata: Metadata = { title: 'Fronts' };

export default function FrontsPage() {
  return (
    <AdminPage title="Fronts" intro="Arrange the home page and each section’s page: the lead, the top stories and the blocks below." permission="front.arrange" refusal="Only editors and admins can arrange fronts.">
      <FrontList />
    </AdminPage>
  );
}

// Read only once AdminPage allowed the page (a child is rendered only then).
async function FrontList() {
  const fronts = await listFronts(appDb());
  return (
    <ul className="divide-y divide-line rounded-md border border-line">
      {fronts.map((front) => (
        <li key={front.ref} className="flex flex-wrap items-center justify-between gap-2 p-3">
          <Link href={`/desk/fronts/${front.ref}`} className="font-medium underline">
            {front.title}
          </Link>
          <span className="text-sm text-muted">{front.version === 0 ? 'Default layout' : `Arranged · version ${front.version}`}</span>
        </li>
      ))}
    </ul>
  );
}
