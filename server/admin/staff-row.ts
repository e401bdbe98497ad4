import type { DbOrTx } from '../db/client';
import type { StaffRow } from './staff.schema';

/** What an admin sees about a staff member. Selected field by field: the password hash never leaves. */
export const staffRowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  jobTitle: true,
  slug: true,
  createdAt: true,
} as const;

export function getStaffRow(db: DbOrTx, userId: string): Promise<StaffRow> {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: staffRowSelect });
}
