import { describe, expect, it } from 'vitest';
import { clientIp, trustedProxyCount } from './client-ip';

describe('clientIp', () => {
  it('takes the address Next.js saw when there is no proxy', () => {
    expect(clientIp('203.0.113.7', 0)).toBe('203.0.113.7');
  });
  it('behind one proxy, ignores what the client wrote and takes what the proxy saw', () => {
    expect(clientIp('10.0.0.1, 1.2.3.4, 203.0.113.7', 1)).toBe('203.0.113.7');
  });
  it('behind two proxies, takes the second entry from the right', () => {
    expect(clientIp('6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
  });
  it('takes the leftmost entry when there are fewer entries than proxies', () => {
    expect(clientIp('203.0.113.7', 3)).toBe('203.0.113.7');
  });
  it('gives null without a header', () => {
    expect(clientIp(undefined, 0)).toBeNull();
    expect(clientIp(' , ', 1)).toBeNull();
  });
  it('reads MASTHEAD_TRUST_PROXY as a whole count, anything else as no proxy', () => {
    expect(trustedProxyCount('2')).toBe(2);
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount('yes')).toBe(0);
    expect(trustedProxyCount('-1')).toBe(0);
    expect(trustedProxyCount('1.5')).toBe(0);
  });
});
