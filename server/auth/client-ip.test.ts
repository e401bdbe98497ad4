import { describe, expect, it } from 'vitest';
import { clientIp, requestIp, trustedProxyCount } from './client-ip';

describe('clientIp', () => {
  it('without a proxy, takes the socket address and ignores whatever X-Forwarded-For the client wrote', () => {
    expect(clientIp({ forwardedFor: '6.6.6.6', peerAddress: '203.0.113.7' }, 0)).toBe('203.0.113.7');
    expect(clientIp({ forwardedFor: '6.6.6.6, 7.7.7.7', peerAddress: '203.0.113.7' }, 0)).toBe('203.0.113.7');
  });
  it('without the peer address (a server not started by npm start), takes the hop Next.js wrote', () => {
    expect(clientIp({ forwardedFor: '203.0.113.7', peerAddress: undefined }, 0)).toBe('203.0.113.7');
  });
  it('behind one proxy, ignores what the client wrote and takes what the proxy saw', () => {
    expect(clientIp({ forwardedFor: '10.0.0.1, 1.2.3.4, 203.0.113.7', peerAddress: '10.0.0.9' }, 1)).toBe('203.0.113.7');
  });
  it('behind two proxies, takes the second entry from the right', () => {
    expect(clientIp({ forwardedFor: '6.6.6.6, 203.0.113.7, 10.0.0.2', peerAddress: '10.0.0.9' }, 2)).toBe('203.0.113.7');
  });
  it('takes the leftmost entry when there are fewer entries than proxies', () => {
    expect(clientIp({ forwardedFor: '203.0.113.7', peerAddress: '10.0.0.9' }, 3)).toBe('203.0.113.7');
  });
  it('drops the IPv6 prefix of an IPv4 client on a dual-stack socket', () => {
    expect(clientIp({ forwardedFor: null, peerAddress: '::ffff:203.0.113.7' }, 0)).toBe('203.0.113.7');
    expect(clientIp({ forwardedFor: null, peerAddress: '2001:db8::1' }, 0)).toBe('2001:db8::1');
  });
  it('gives null without any address', () => {
    expect(clientIp({ forwardedFor: undefined, peerAddress: undefined }, 0)).toBeNull();
    expect(clientIp({ forwardedFor: ' , ', peerAddress: null }, 1)).toBeNull();
  });
  it('reads the headers of a fetch request and of next-auth alike', () => {
    const sent = { 'x-forwarded-for': '6.6.6.6', 'x-masthead-peer-address': '203.0.113.7' };
    expect(requestIp(new Headers(sent))).toBe('203.0.113.7');
    expect(requestIp(sent)).toBe('203.0.113.7');
  });
  it('reads MASTHEAD_TRUST_PROXY as a whole count, anything else as no proxy', () => {
    expect(trustedProxyCount('2')).toBe(2);
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount('yes')).toBe(0);
    expect(trustedProxyCount('-1')).toBe(0);
    expect(trustedProxyCount('1.5')).toBe(0);
  });
});
