import { describe, expect, it } from 'vitest';
import { renderEdgeVcl } from './edge-vcl';

const options = { backendHost: '10.0.0.2', backendPort: 3000, purgeToken: 'a-purge-token-of-enough-length' };

describe('the edge VCL', () => {
  it('fills in the backend, the token, the purge ACL and every placeholder', () => {
    const vcl = renderEdgeVcl({ ...options, purgeFrom: ['127.0.0.1', '10.0.0.0/8', '::1'] });
    expect(vcl).toContain('.host = "10.0.0.2";');
    expect(vcl).toContain('.port = "3000";');
    expect(vcl).toContain('"Bearer a-purge-token-of-enough-length"');
    expect(vcl).toContain('  "10.0.0.0"/8;');
    expect(vcl).toContain('"site navigation article:\\1"');
    expect(vcl).not.toMatch(/@[A-Z_]+@/);
  });

  it('refuses values that would break out of the VCL', () => {
    expect(() => renderEdgeVcl({ ...options, purgeToken: 'short' })).toThrow('purge token');
    expect(() => renderEdgeVcl({ ...options, purgeToken: 'x'.repeat(30) + '"; }' })).toThrow('purge token');
    expect(() => renderEdgeVcl({ ...options, backendHost: 'a"b' })).toThrow('VCL string');
    expect(() => renderEdgeVcl({ ...options, purgeFrom: ['any'] })).toThrow('purge ACL');
  });
});
