import { z } from 'zod';

export const sessionIdSchema = z.object({ sessionId: z.uuid('Pick a session.') });

export const ownSessionSchema = z.object({
  id: z.string(),
  device: z.string(),
  ipAddress: z.string(),
  method: z.enum(['password', 'sso']),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  /** The session making this request ("this device"). */
  current: z.boolean(),
});
export type OwnSession = z.infer<typeof ownSessionSchema>;
