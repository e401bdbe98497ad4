import nodemailer from 'nodemailer';
import { env } from '../env';

export type MailMessage = { to: string; subject: string; text: string };

/** Sends one message or throws; callers decide what a failed send means for them. */
export type Mailer = { send: (message: MailMessage) => Promise<void> };

/** A mailer over SMTP (nodemailer): the URL carries host, port, credentials and TLS. */
export function createSmtpMailer({ url, from }: { url: string; from: string }): Mailer {
  // Short timeouts: an admin waits on the send, and a stuck server must not hold the request for minutes.
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return {
    send: async (message) => {
      await transport.sendMail({ from, ...message });
    },
  };
}

let fromEnv: Mailer | null | undefined;

/** The app's mailer, from SMTP_URL and MAIL_FROM; null when no SMTP server is configured. */
export function mailerFromEnv(): Mailer | null {
  if (fromEnv === undefined) {
    const { SMTP_URL, MAIL_FROM } = env();
    fromEnv = SMTP_URL ? createSmtpMailer({ url: SMTP_URL, from: MAIL_FROM }) : null;
  }
  return fromEnv;
}
