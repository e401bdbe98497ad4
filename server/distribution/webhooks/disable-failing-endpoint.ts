import { can, ROLES } from '../../auth/permissions';
import type { Tx } from '../../db/client';

/** Failed attempts in a row (about 9 hours of retries at the queue's back-off) before an endpoint is disabled. */
export const DISABLE_AFTER_FAILURES = 15;

const webhookManagers = ROLES.filter((role) => can(role, 'distribution.manage'));

/**
 * Disables an endpoint that has failed too often in a row, and tells every webhook manager (in-app
 * notification), in the transaction that counted the last failure. Its pending deliveries wait: enabling
 * it again sends them, in order.
 */
export async function disableFailingEndpoint(
  tx: Tx,
  {
    endpoint,
    now,
    threshold = DISABLE_AFTER_FAILURES,
  }: { endpoint: { id: string; name: string; consecutiveFailures: number; disabledAt: Date | null }; now: Date; threshold?: number },
): Promise<boolean> {
  if (endpoint.disabledAt || endpoint.consecutiveFailures < threshold) return false;
  const reason = `Disabled after ${endpoint.consecutiveFailures} failed deliveries in a row`;
  const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, disabledAt: null }, data: { disabledAt: now, disabledReason: reason } });
  if (count === 0) return false;
  const managers = await tx.user.findMany({ where: { active: true, role: { in: webhookManagers } }, select: { id: true } });
  await tx.notification.createMany({
    data: managers.map((manager) => ({ userId: manager.id, kind: 'webhookDisabled', message: `Webhook “${endpoint.name}” was disabled: ${reason.toLowerCase()}` })),
  });
  return true;
}
