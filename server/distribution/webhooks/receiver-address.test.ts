import { describe, expect, it } from 'vitest';
import { isPublicAddress, literalPrivateHost, PrivateReceiverError, publicOnlyLookup } from './receiver-address';

describe('webhook receiver addresses', () => {
  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '255.255.255.255',
    '224.0.0.1', '::1', '::', 'fc00::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-address',
  ])('%s is not a public address', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34'])('%s is a public address', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('judges hosts typed as addresses or localhost, and leaves names to the connection', () => {
    expect(literalPrivateHost('http://169.254.169.254/latest/meta-data')).toBe('169.254.169.254');
    expect(literalPrivateHost('http://[::1]:8080/hook')).toBe('::1');
    expect(literalPrivateHost('https://localhost/hook')).toBe('localhost');
    expect(literalPrivateHost('https://hooks.localhost/hook')).toBe('hooks.localhost');
    expect(literalPrivateHost('https://93.184.216.34/hook')).toBeNull();
    expect(literalPrivateHost('https://hooks.example.com/hook')).toBeNull();
  });

  it('refuses a name that resolves to a private address when connecting', async () => {
    const error = await new Promise<Error | null>((resolve) => publicOnlyLookup('localhost', {}, (failure) => resolve(failure)));
    expect(error).toBeInstanceOf(PrivateReceiverError);
    expect(error?.message).toMatch(/localhost \((127\.0\.0\.1|::1)\) is a private address.*MASTHEAD_WEBHOOK_PRIVATE_ADDRESSES/);
  });
});
