import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { AppError } from '../errors';
import { isUniqueViolation, recordAudit } from '../admin/record-audit';
import { layoutProblems, type FrontLayout } from './front-layout.schema';
import type { FrontTarget } from './front-target';

const conflict = (details: { changedBy?: string | null; changedAt?: string; currentVersion?: number } = {}) =>
  new AppError('CONFLICT', 'Someone else saved this front since you opened it. Reload to see their version, then arrange it again.', details);

/**
 * Saves a front's layout as version `expectedVersion + 1`, with its audit row, in one transaction. The
 * update is conditional on the version the editor loaded (0: none saved yet), so of two editors saving
 * from the same version one is refused with CONFLICT. The caller revalidates `target.tags` once this returns.
 */
export async function saveFront({
  db,
  actor,
  target,
  expectedVersion,
  layout,
}: {
  db: Db;
  actor: Actor;
  target: FrontTarget;
  expectedVersion: number;
  layout: FrontLayout;
}): Promise<{ version: number }> {
  const problems = layoutProblems(layout, { isHome: target.sectionId === null });
  if (problems.length > 0) throw new AppError('BAD_REQUEST', problems.join(' '), { problems });
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.front.findUnique({ where: { key: target.key }, select: { layout: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } } });
      const refuse = () => conflict(current ? { changedBy: current.updatedBy?.name ?? null, changedAt: current.updatedAt.toISOString(), currentVersion: current.version } : {});
      if ((current?.version ?? 0) !== expectedVersion) throw refuse();
      const data = { layout: layout as Prisma.InputJsonObject, updatedById: actor.id };
      if (current) {
        const { count } = await tx.front.updateMany({ where: { key: target.key, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
        if (count === 0) throw refuse();
      } else {
        await tx.front.create({ data: { ...data, key: target.key, sectionId: target.sectionId, version: 1 } });
      }
      await recordAudit(tx, {
        actor,
        action: 'front.saved',
        targetType: 'front',
        targetId: target.key,
        before: current ? { front: target.title, layout: current.layout as Prisma.InputJsonObject } : null,
        after: { front: target.title, layout: layout as Prisma.InputJsonObject },
      });
      return { version: expectedVersion + 1 };
    });
  } catch (error) {
    // Two first saves raced: the other one created the row.
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
