import { articleRouter } from './routers/article';
import { notificationRouter } from './routers/notification';
import { sessionRouter } from './routers/session';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  session: sessionRouter,
  article: articleRouter,
  notification: notificationRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
