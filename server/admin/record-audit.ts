import type { Actor } from '../auth/actor';
import type { Prisma } from '../db/generated/client';
import type { Tx } from '../db/client';
import { AUDIT_ACTION_LABELS, type AuditAction } from './audit-labels';

export type { AuditAction };

/** Every admin action the log records (its labels are the one table in audit-labels.ts). */
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

/**
 * Writes one AuditEvent. Takes a transaction client on purpose: the audit row is written in the same
 * transaction as the change it records, so there is never a change without its record (or the reverse).
 */
export async function recordAudit(
  tx: Tx,
  event: {
    actor: Pick<Actor, 'id'> | null;
    action: AuditAction;
    targetType: 'section' | 'user' | 'settings' | 'apiKey' | 'webhook' | 'media' | 'front';
    targetId: string | null;
    before?: Prisma.InputJsonObject | Prisma.InputJsonArray | null;
    after?: Prisma.InputJsonObject | Prisma.InputJsonArray | null;
  },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actor?.id ?? null,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      // Omitted (SQL NULL) rather than JSON null when there is no value.
      ...(event.before ? { before: event.before } : {}),
      ...(event.after ? { after: event.after } : {}),
    },
  });
}

/** Prisma's unique-constraint violation (two writers raced past a pre-check). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}
