import { articleRouter } from './routers/article';
import { auditRouter } from './routers/audit';
import { calendarRouter } from './routers/calendar';
import { commentRouter } from './routers/comment';
import { liveBlogRouter } from './routers/live-blog';
import { distributionRouter } from './routers/distribution';
import { frontRouter } from './routers/front';
import { mediaRouter } from './routers/media';
import { notificationRouter } from './routers/notification';
import { passwordRouter } from './routers/password';
import { passwordResetRouter } from './routers/password-reset';
import { presenceRouter } from './routers/presence';
import { previewLinkRouter } from './routers/preview-link';
import { profileRouter } from './routers/profile';
import { sectionRouter } from './routers/section';
import { sessionRouter } from './routers/session';
import { settingsRouter } from './routers/settings';
import { staffRouter } from './routers/staff';
import { twoFactorRouter } from './routers/two-factor';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  session: sessionRouter,
  article: articleRouter,
  calendar: calendarRouter,
  comment: commentRouter,
  liveBlog: liveBlogRouter,
  media: mediaRouter,
  notification: notificationRouter,
  presence: presenceRouter,
  previewLink: previewLinkRouter,
  section: sectionRouter,
  staff: staffRouter,
  settings: settingsRouter,
  audit: auditRouter,
  passwordReset: passwordResetRouter,
  profile: profileRouter,
  password: passwordRouter,
  twoFactor: twoFactorRouter,
  distribution: distributionRouter,
  front: frontRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
