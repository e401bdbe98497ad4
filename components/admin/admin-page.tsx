import type { ReactNode } from 'react';
import type { Permission } from '@/server/auth/permissions';
import { can } from '@/server/auth/permissions';
import { currentActor } from '@/server/auth/session';

/**
 * Shell of an admin page: the heading, then the content only for those holding `permission` (the desk
 * layout has already sent signed-out visitors to sign in; the procedures check again regardless).
 */
export async function AdminPage({
  title,
  intro,
  permission,
  refusal = 'Only admins can see this page.',
  children,
}: {
  title: string;
  intro: string;
  permission: Permission;
  refusal?: string;
  children: ReactNode;
}) {
  const actor = await currentActor();
  const allowed = actor !== null && can(actor.role, permission);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="mt-1 text-sm text-muted">{intro}</p>
      </div>
      {allowed ? children : <p role="alert" className="text-sm text-danger">{refusal}</p>}
    </div>
  );
}
