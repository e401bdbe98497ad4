import { describe, expect, it } from 'vitest';
import { eventOfTransition } from './webhook-events';
import { REPLAY_WINDOW_SECONDS, signPayload, verifySignature } from './webhook-signature';

const secret = 'whsec_test';
const body = '{"id":"e1","type":"article.published"}';
const now = Date.parse('2026-11-27T12:00:00Z');
const timestamp = now / 1000;

describe('webhook signatures', () => {
  it('accepts the signed body within the replay window', () => {
    const header = signPayload({ secret, body, timestamp });
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature({ secret, body, header, now })).toBe(true);
    expect(verifySignature({ secret, body, header, now: now + REPLAY_WINDOW_SECONDS * 1000 })).toBe(true);
  });

  it('refuses another body, another secret, a stale or future timestamp and malformed headers', () => {
    const header = signPayload({ secret, body, timestamp });
    expect(verifySignature({ secret, body: `${body} `, header, now })).toBe(false);
    expect(verifySignature({ secret: 'whsec_other', body, header, now })).toBe(false);
    expect(verifySignature({ secret, body, header, now: now + (REPLAY_WINDOW_SECONDS + 1) * 1000 })).toBe(false);
    expect(verifySignature({ secret, body, header, now: now - (REPLAY_WINDOW_SECONDS + 1) * 1000 })).toBe(false);
    // The timestamp is signed: moving it forward breaks the signature.
    expect(verifySignature({ secret, body, header: header.replace(`t=${timestamp}`, `t=${timestamp + 1}`), now })).toBe(false);
    for (const bad of [null, '', 'v1=abc', `t=${timestamp}`, `t=${timestamp},v1=zz`]) expect(verifySignature({ secret, body, header: bad, now })).toBe(false);
  });
});

describe('which workflow steps are webhook events', () => {
  it('going live is published, leaving the site is unpublished, anything else is none', () => {
    expect(eventOfTransition('APPROVED', 'PUBLISHED')).toBe('article.published');
    expect(eventOfTransition('SCHEDULED', 'PUBLISHED')).toBe('article.published');
    expect(eventOfTransition('UNPUBLISHED', 'PUBLISHED')).toBe('article.published');
    expect(eventOfTransition('PUBLISHED', 'UNPUBLISHED')).toBe('article.unpublished');
    expect(eventOfTransition('PUBLISHED', 'ARCHIVED')).toBe('article.unpublished');
    expect(eventOfTransition('PUBLISHED', 'TAKEN_DOWN')).toBe('article.taken_down');
    expect(eventOfTransition('UNPUBLISHED', 'TAKEN_DOWN')).toBe('article.taken_down');
    expect(eventOfTransition('IN_REVIEW', 'APPROVED')).toBeNull();
    expect(eventOfTransition('SCHEDULED', 'APPROVED')).toBeNull();
  });
});
