import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPage } from '@/components/admin/admin-page';
import { FrontEditor } from '@/components/fronts/front-editor';
import { appDb } from '@/server/db/client';
import { newsroomSettings } from '@/server/site/published-articles';

export const metadata: Metadata = { title: 'Arrange a front' };

export default async function FrontEditorPage({ params }: { params: Promise<{ front: string }> }) {
  const [{ front }, settings] = await Promise.all([params, newsroomSettings(appDb())]);
  const title = front === 'home' ? 'Home page front' : 'Section front';
  return (
    <div className="space-y-2">
      <Link href="/desk/fronts" className="text-sm underline">
        ← All fronts
      </Link>
      <AdminPage title={title} intro="Changes show in the preview below at once; readers see them when you save." permission="front.arrange" refusal="Only editors and admins can arrange fronts.">
        <FrontEditor frontRef={front} timeZone={settings.timeZone} />
      </AdminPage>
    </div>
  );
}
