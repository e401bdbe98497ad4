import { z } from 'zod';
import { listNotifications, markNotificationsRead } from '../../notifications/notifications';
import { router, staffProcedure } from '../trpc';

const notificationSchema = z.object({
  id: z.string(),
  articleId: z.string().nullable(),
  kind: z.string(),
  message: z.string(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});

export const notificationRouter = router({
  list: staffProcedure
    .input(z.object({ limit: z.number().int().min(1).max(50).default(20) }))
    .output(z.object({ items: z.array(notificationSchema), unread: z.number() }))
    .query(({ ctx, input }) => listNotifications(ctx.db, { actor: ctx.actor, limit: input.limit })),
  markRead: staffProcedure
    .input(z.object({ ids: z.array(z.string().uuid()).max(100).optional() }))
    .output(z.object({ marked: z.number() }))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, { actor: ctx.actor, ids: input.ids })),
});
