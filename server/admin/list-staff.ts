import type { DbOrTx } from '../db/client';
import type { StaffRow } from './staff.schema';
import { staffRowSelect } from './staff-row';

/** Everyone, active first, then by name. Former staff stay listed: their bylines and history stay too. */
export function listStaff({ db }: { db: DbOrTx }): Promise<StaffRow[]> {
  return db.user.findMany({ orderBy: [{ active: 'desc' }, { name: 'asc' }], select: staffRowSelect });
}
