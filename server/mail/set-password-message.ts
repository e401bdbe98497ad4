import type { MailMessage } from './mailer';

/**
 * The email carrying a one-time set-password link: an invitation for a new account, or a reset for an
 * existing one. Plain text on purpose: it reads the same in every client and has nothing to sanitize.
 */
export function setPasswordMessage({
  kind,
  name,
  email,
  url,
  expiresAt,
  newsroomName,
  timeZone,
}: {
  kind: 'invite' | 'reset';
  name: string;
  email: string;
  url: string;
  expiresAt: Date;
  newsroomName: string;
  timeZone: string;
}): MailMessage {
  const expires = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(expiresAt);
  const opening =
    kind === 'invite'
      ? `You have been added to the ${newsroomName} desk. Choose your password to sign in:`
      : `An admin of the ${newsroomName} desk made you a link to set a new password:`;
  return {
    to: email,
    subject: kind === 'invite' ? `Your ${newsroomName} desk account` : `Set a new password for the ${newsroomName} desk`,
    text: [
      `Hello ${name},`,
      '',
      opening,
      '',
      url,
      '',
      `The link works once and expires ${expires} (${timeZone} time).`,
      'If you did not expect this email, ignore it: nothing changes until the link is used.',
    ].join('\n'),
  };
}
