import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPage } from '@/components/admin/admin-page';
import { AuditTable, KNOWN_ACTIONS } from '@/components/admin/audit-table';

import { Button } from '@/components/ui/button';
import { selectClassName } from '@/components/ui/select-class-name';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { auditInputFromSearchParams, cursorParam } from '@/server/admin/audit-search-params';
import { serverCaller } from '@/server/api/server-caller';
import { can } from '@/server/auth/permissions';
import { WORKFLOW_ACTIONS } from '@/server/workflow/states';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  return (
    <AdminPage title="Audit log" intro="Every admin change and every workflow step, newest first." permission="audit.read">
      <AuditLog searchParams={await searchParams} />
    </AdminPage>
  );
}

async function AuditLog({ searchParams }: { searchParams: Record<string, string | string[] | undefined> }) {
  const api = await serverCaller();
  const me = await api.session.me();
  if (!me) return null;
  const [settings, staff] = await Promise.all([
    // Whoever reads the log reads it on the newsroom's clock (not UTC when they cannot change settings).
    api.settings.newsroom(),
    can(me.role, 'staff.manage') ? api.staff.list() : Promise.resolve([]),
  ]);
  const { input, values, problems } = auditInputFromSearchParams(searchParams, settings.timeZone);
  const page = await api.audit.list(input);
  const older = new URLSearchParams(Object.entries(values).filter(([, value]) => value));
  if (page.nextCursor) older.set('before', cursorParam(page.nextCursor));

  return (
    <div className="space-y-6">
      <form method="get" className="grid gap-4 rounded-xl border border-line bg-paper p-5 sm:grid-cols-5" aria-label="Filter the audit log">
        <div className="space-y-1.5">
          <Label htmlFor="audit-actor">Person</Label>
          <select id="audit-actor" name="actorId" defaultValue={values.actorId} className={selectClassName}>
            <option value="">Anyone</option>
            {staff.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.active ? '' : ' (deactivated)'}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="audit-action">Action</Label>
          <Input id="audit-action" name="action" list="audit-actions" defaultValue={values.action} placeholder="Any action" />
          <datalist id="audit-actions">
            {[...KNOWN_ACTIONS, ...WORKFLOW_ACTIONS].map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="audit-article">Article ID</Label>
          <Input id="audit-article" name="articleId" defaultValue={values.articleId} placeholder="Any article" />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="audit-from">From day</Label>
          <Input id="audit-from" name="from" type="date" defaultValue={values.from} />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="audit-to">To day (included)</Label>
          <Input id="audit-to" name="to" type="date" defaultValue={values.to} />
        </div>
        <div className="flex gap-2 sm:col-span-5">
          <Button type="submit">Apply filters</Button>
          <Button asChild variant="secondary">
            <Link href="/desk/admin/audit">Clear filters</Link>
          </Button>
        </div>
      </form>
      {problems.length > 0 && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-danger">
          {problems.join(' ')}
        </p>
      )}
      <AuditTable entries={page.entries} timeZone={settings.timeZone} />
      <nav aria-label="Audit log pages" className="flex gap-3">
        {input.cursor && (
          <Link href={`/desk/admin/audit?${new URLSearchParams(Object.entries(values).filter(([, value]) => value)).toString()}`} className="text-sm hover:underline">
            Newest entries
          </Link>
        )}
        {page.nextCursor && (
          <Link href={`/desk/admin/audit?${older.toString()}`} className="text-sm font-medium hover:underline">
            Older entries →
          </Link>
        )}
      </nav>
    </div>
  );
}
