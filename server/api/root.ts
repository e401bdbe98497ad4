import { articleRouter } from './routers/article';
import { commentRouter } from './routers/comment';
import { notificationRouter } from './routers/notification';
import { presenceRouter } from './routers/presence';
import { sessionRouter } from './routers/session';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  session: sessionRouter,
  article: articleRouter,
  comment: commentRouter,
  notification: notificationRouter,
  presence: presenceRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
