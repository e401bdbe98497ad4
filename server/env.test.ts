import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('MASTHEAD_EDGE_PURGE_URLS', () => {
  it('is a comma-separated list of URLs, unset when empty', () => {
    expect(parseEnv({ MASTHEAD_EDGE_PURGE_URLS: 'http://10.0.0.5:6081, http://10.0.0.6:6081' }).MASTHEAD_EDGE_PURGE_URLS).toEqual([
      'http://10.0.0.5:6081',
      'http://10.0.0.6:6081',
    ]);
    expect(parseEnv({ MASTHEAD_EDGE_PURGE_URLS: '' }).MASTHEAD_EDGE_PURGE_URLS).toBeUndefined();
    expect(() => parseEnv({ MASTHEAD_EDGE_PURGE_URLS: 'varnish:6081,' })).toThrow('MASTHEAD_EDGE_PURGE_URLS');
  });
});
