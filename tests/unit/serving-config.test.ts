// The serving settings in server/config.ts: TRUST_PROXY, BASE_PATH and the TLS files, and one clear line for each
// bad value.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('TRUST_PROXY', () => {
  it('is off by default and for false or 0', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });

  it('takes a hop count, or addresses, CIDR blocks and named ranges', () => {
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::1']);
  });

  it('refuses true and anything it cannot read, naming the variable and an example', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: "true" is not a hop count.*TRUST_PROXY=1/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.lan' })).toThrow(/TRUST_PROXY: "proxy.lan"/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(/TRUST_PROXY: "10.0.0.0\/40"/);
  });
});

describe('BASE_PATH', () => {
  it('is the root by default and for /, and loses a trailing slash', () => {
    expect(loadConfig({}).basePath).toBe('');
    expect(loadConfig({ BASE_PATH: '/' }).basePath).toBe('');
    expect(loadConfig({ BASE_PATH: '/explorer/' }).basePath).toBe('/explorer');
    expect(loadConfig({ BASE_PATH: '/tools/dprk-graph' }).basePath).toBe('/tools/dprk-graph');
  });

  it('refuses a path without a leading slash, or with characters a URL or the page would need escaped', () => {
    expect(() => loadConfig({ BASE_PATH: 'explorer' })).toThrow(/BASE_PATH: must start with "\/"/);
    expect(() => loadConfig({ BASE_PATH: '/a b' })).toThrow(/BASE_PATH/);
    expect(() => loadConfig({ BASE_PATH: '/x"><script>' })).toThrow(/BASE_PATH/);
    expect(() => loadConfig({ BASE_PATH: '//evil.example' })).toThrow(/BASE_PATH/);
  });
});

describe('TLS_CERT_FILE and TLS_KEY_FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-tls-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  writeFileSync(cert, 'certificate');
  writeFileSync(key, 'key');

  it('are used together', () => {
    expect(loadConfig({ TLS_CERT_FILE: cert, TLS_KEY_FILE: key }).tls).toEqual({ certFile: cert, keyFile: key });
    expect(loadConfig({}).tls).toBeUndefined();
    expect(() => loadConfig({ TLS_CERT_FILE: cert })).toThrow(/TLS_CERT_FILE and TLS_KEY_FILE: set both/);
  });

  it('must be readable files, named in the message', () => {
    const missing = join(dir, 'missing.pem');
    expect(() => loadConfig({ TLS_CERT_FILE: cert, TLS_KEY_FILE: missing })).toThrow(`TLS_KEY_FILE: cannot read ${missing}`);
  });
});

it('reports every bad serving setting in one line', () => {
  expect(() => loadConfig({ TRUST_PROXY: 'yes', BASE_PATH: 'x' })).toThrow(/^Invalid configuration: TRUST_PROXY: .*; BASE_PATH: [^\n]*$/);
});
