import { describe, expect, it } from 'vitest';
import { setPasswordMessage } from './set-password-message';

const base = {
  name: 'Mira Koval',
  email: 'mira@example.test',
  url: 'https://news.example/reset-password/abc',
  expiresAt: new Date('2026-11-26T09:30:00Z'),
  newsroomName: 'Kyiv Ledger',
  timeZone: 'Europe/Kyiv',
};

describe('setPasswordMessage', () => {
  it('invites a new staff member with the link and its expiry on the newsroom clock', () => {
    const message = setPasswordMessage({ ...base, kind: 'invite' });
    expect(message.to).toBe('mira@example.test');
    expect(message.subject).toBe('Your Kyiv Ledger desk account');
    expect(message.text).toContain('Hello Mira Koval,');
    expect(message.text).toContain('\nhttps://news.example/reset-password/abc\n');
    expect(message.text).toContain('expires Thursday, 26 November 2026 at 11:30 (Europe/Kyiv time)');
  });

  it('words a reset as a reset', () => {
    const message = setPasswordMessage({ ...base, kind: 'reset' });
    expect(message.subject).toBe('Set a new password for the Kyiv Ledger desk');
    expect(message.text).toContain('made you a link to set a new password');
  });
});
