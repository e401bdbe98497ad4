import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { actorFor, createStaff } from '../../test/factories';
import { withTestDatabase } from '../../test/integration/test-database';
import { createCaller } from '../api/root';
import { createSmtpMailer, type Mailer } from '../mail/mailer';
import { siteUrl } from '../site/site-url';

const t = withTestDatabase();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A real SMTP server on a free loopback port, keeping what it receives. */
async function startInbox() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          done();
        },
        (error: Error) => done(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  closers.push(close);
  return { received, port, close, mailer: createSmtpMailer({ url: `smtp://127.0.0.1:${port}`, from: 'Desk <desk@news.example>' }) };
}

async function adminCaller(mailer: Mailer | null) {
  await t.db.newsroomSettings.create({ data: { id: 1, name: 'Kyiv Ledger', timeZone: 'Europe/Kyiv' } });
  const admin = actorFor(await createStaff(t.db, { role: 'ADMIN' }));
  return createCaller({ db: t.db, actor: admin, mailer });
}

describe('set-password links by email, when SMTP is configured', () => {
  it('emails an invitation with the link, and tells the admin it went', async () => {
    const inbox = await startInbox();
    const api = await adminCaller(inbox.mailer);
    const { user, link, delivery } = await api.staff.invite({ name: 'Mira Koval', email: 'mira@example.test', role: 'EDITOR' });
    expect(delivery).toEqual({ emailedTo: 'mira@example.test', problem: null });
    expect(inbox.received).toHaveLength(1);
    const [mail] = inbox.received;
    expect(mail?.to).toMatchObject({ text: 'mira@example.test' });
    expect(mail?.from).toMatchObject({ text: '"Desk" <desk@news.example>' });
    expect(mail?.subject).toBe('Your Kyiv Ledger desk account');
    expect(mail?.text).toContain(siteUrl(link.path));
    expect(user.email).toBe('mira@example.test');
  });

  it('emails a reset link to an existing staff member', async () => {
    const inbox = await startInbox();
    const api = await adminCaller(inbox.mailer);
    const olha = await createStaff(t.db, { role: 'JOURNALIST', name: 'Olha Hlushchenko' });
    const { link, delivery } = await api.staff.createResetLink({ userId: olha.id });
    expect(delivery.emailedTo).toBe(olha.email);
    expect(inbox.received.map((mail) => [mail.subject, mail.text?.includes(siteUrl(link.path))])).toEqual([
      ['Set a new password for the Kyiv Ledger desk', true],
    ]);
  });

  it('keeps the account and the link when the mail server is down, and says so', async () => {
    const inbox = await startInbox();
    await inbox.close();
    const api = await adminCaller(inbox.mailer);
    const { user, link, delivery } = await api.staff.invite({ name: 'Mira Koval', email: 'mira@example.test', role: 'JOURNALIST' });
    expect(delivery).toEqual({ emailedTo: null, problem: 'The email to mira@example.test could not be sent. Pass the link on yourself.' });
    expect(await t.db.user.count({ where: { id: user.id } })).toBe(1);
    expect(await createCaller({ db: t.db, actor: null }).passwordReset.check({ token: link.path.replace('/reset-password/', '') })).toMatchObject({
      status: 'valid',
    });
  });

  it('sends nothing without SMTP: the admin passes the link on', async () => {
    const api = await adminCaller(null);
    const { delivery } = await api.staff.invite({ name: 'Mira Koval', email: 'mira@example.test', role: 'JOURNALIST' });
    expect(delivery).toEqual({ emailedTo: null, problem: null });
  });
});
