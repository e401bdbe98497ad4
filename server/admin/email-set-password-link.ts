import type { DbOrTx } from '../db/client';
import { logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import { setPasswordMessage } from '../mail/set-password-message';
import { newsroomSettings } from '../site/published-articles';
import { siteUrl } from '../site/site-url';
import type { LinkDelivery, ResetLink } from './staff.schema';

/**
 * Emails a set-password link to its owner when an SMTP server is configured. Called after the link's
 * transaction has committed: a mail server that is down must not undo the account or the link, so a
 * failed send is reported (and logged) and the admin still has the link to pass on by hand.
 */
export async function emailSetPasswordLink({
  db,
  mailer,
  link,
  kind,
}: {
  db: DbOrTx;
  mailer: Mailer | null;
  link: ResetLink;
  kind: 'invite' | 'reset';
}): Promise<LinkDelivery> {
  if (!mailer) return { emailedTo: null, problem: null };
  const [user, settings] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: link.userId }, select: { name: true, email: true } }),
    newsroomSettings(db),
  ]);
  const message = setPasswordMessage({
    kind,
    name: user.name,
    email: user.email,
    url: siteUrl(link.path),
    expiresAt: link.expiresAt,
    newsroomName: settings.name,
    timeZone: settings.timeZone,
  });
  try {
    await mailer.send(message);
    return { emailedTo: user.email, problem: null };
  } catch (error) {
    logger.error({ err: error, userId: link.userId }, 'set-password email not sent');
    return { emailedTo: null, problem: `The email to ${user.email} could not be sent. Pass the link on yourself.` };
  }
}
