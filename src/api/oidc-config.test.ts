/**
 * The OpenID Connect configuration from the environment: off when nothing is set, every default, and a
 * wrong or missing variable refused with CONFIG_INVALID naming it. And the edge's small parsers: local
 * paths, claims by name or path, role values.
 */
import { describe, expect, it } from 'vitest';
import { ReturError } from '../shared/errors.ts';
import { oidcConfigFromEnv } from './oidc-config.ts';
import { claimAt, isLocalPath, roleValues } from './oidc-routes.ts';

const minimal = {
  RETUR_OIDC_ISSUER: 'https://login.example.no/tenant/v2.0',
  RETUR_OIDC_CLIENT_ID: 'retur',
  RETUR_OIDC_CLIENT_SECRET: 's3cret',
  RETUR_PUBLIC_URL: 'https://retur.example.no',
};

/** The variables a CONFIG_INVALID names, with their messages. */
function refused(env: NodeJS.ProcessEnv): Record<string, string> {
  try {
    oidcConfigFromEnv(env);
  } catch (error) {
    if (!(error instanceof ReturError) || error.code !== 'CONFIG_INVALID') throw error;
    expect(error.message).toContain('docs/oidc.md');
    return Object.fromEntries(error.errors.map((e) => [e.path.slice(1), e.message]));
  }
  throw new Error('not refused');
}

describe('oidcConfigFromEnv', () => {
  it('is off when no RETUR_OIDC_ variable is set, or only empty ones, whatever else is', () => {
    expect(oidcConfigFromEnv({})).toBeNull();
    expect(oidcConfigFromEnv({ RETUR_OIDC_ISSUER: '', RETUR_OIDC_CLIENT_ID: '  ', RETUR_PUBLIC_URL: 'https://retur.example.no', PATH: '/usr/bin' })).toBeNull();
  });

  it('reads a minimal configuration with its defaults, the redirect URI made from the public URL', () => {
    const config = oidcConfigFromEnv({ ...minimal, PATH: '/usr/bin' })!;
    expect({ ...config, issuer: config.issuer.href, redirectUri: config.redirectUri.href }).toEqual({
      issuer: 'https://login.example.no/tenant/v2.0',
      clientId: 'retur',
      clientSecret: 's3cret',
      clientAuth: 'client_secret_basic',
      redirectUri: 'https://retur.example.no/api/v1/auth/oidc/callback',
      scopes: ['openid', 'profile'],
      roleClaim: 'roles',
      subjectClaim: 'sub',
      autoProvision: false,
    });
  });

  it('reads every variable', () => {
    const config = oidcConfigFromEnv({
      ...minimal,
      RETUR_PUBLIC_URL: 'https://intern.example.no/retur',
      RETUR_OIDC_SCOPES: 'openid profile email',
      RETUR_OIDC_ROLE_CLAIM: 'resource_access.retur.roles',
      RETUR_OIDC_SUBJECT_CLAIM: 'oid',
      RETUR_OIDC_AUTO_PROVISION: 'true',
      RETUR_OIDC_CLIENT_AUTH: 'client_secret_post',
    })!;
    expect(config.redirectUri.href).toBe('https://intern.example.no/retur/api/v1/auth/oidc/callback');
    expect(config).toMatchObject({
      scopes: ['openid', 'profile', 'email'],
      roleClaim: 'resource_access.retur.roles',
      subjectClaim: 'oid',
      autoProvision: true,
      clientAuth: 'client_secret_post',
    });
    expect(oidcConfigFromEnv({ ...minimal, RETUR_OIDC_REDIRECT_URI: 'https://proxy.example.no/cb' })!.redirectUri.href).toBe('https://proxy.example.no/cb');
    expect(oidcConfigFromEnv({ ...minimal, RETUR_OIDC_ROLE_CLAIM: 'none' })!.roleClaim).toBeNull();
    expect(oidcConfigFromEnv({ ...minimal, RETUR_OIDC_ISSUER: 'http://localhost:8081/realms/retur' })!.issuer.href).toBe('http://localhost:8081/realms/retur');
  });

  it('names each variable that is missing or wrong', () => {
    expect(refused({ RETUR_OIDC_ISSUER: minimal.RETUR_OIDC_ISSUER })).toEqual({
      RETUR_OIDC_CLIENT_ID: 'is required when any RETUR_OIDC_ variable is set',
      RETUR_OIDC_CLIENT_SECRET: 'is required when any RETUR_OIDC_ variable is set',
      RETUR_OIDC_REDIRECT_URI: expect.stringContaining('required when RETUR_PUBLIC_URL is not set'),
    });
    expect(Object.keys(refused({ RETUR_OIDC_CLIENT_ID: 'retur' }))).toContain('RETUR_OIDC_ISSUER');
    expect(refused({ ...minimal, RETUR_OIDC_ISSUER: 'http://login.example.no' })).toEqual({ RETUR_OIDC_ISSUER: 'must be https (http only for localhost)' });
    expect(Object.keys(refused({ ...minimal, RETUR_OIDC_ISSUER: 'not a url' }))).toEqual(['RETUR_OIDC_ISSUER']);
    expect(Object.keys(refused({ ...minimal, RETUR_PUBLIC_URL: 'http://retur.example.no' }))).toEqual(['RETUR_PUBLIC_URL']);
    expect(refused({ ...minimal, RETUR_OIDC_SCOPES: 'profile email' })).toEqual({ RETUR_OIDC_SCOPES: 'must include openid' });
    expect(Object.keys(refused({ ...minimal, RETUR_OIDC_AUTO_PROVISION: 'yes' }))).toEqual(['RETUR_OIDC_AUTO_PROVISION']);
    expect(Object.keys(refused({ ...minimal, RETUR_OIDC_AUTO_PROVISION: 'true', RETUR_OIDC_ROLE_CLAIM: 'none' }))).toEqual(['RETUR_OIDC_AUTO_PROVISION']);
    expect(Object.keys(refused({ ...minimal, RETUR_OIDC_CLIENT_AUTH: 'private_key_jwt' }))).toEqual(['RETUR_OIDC_CLIENT_AUTH']);
    expect(refused({ ...minimal, RETUR_OIDC_CLIENTID: 'typo' })).toEqual({
      RETUR_OIDC_CLIENTID: 'RETUR_OIDC_CLIENTID is not a variable Retur knows (a typo?)',
    });
  });
});

describe('the edge’s small parsers', () => {
  it('takes only paths on this site as local', () => {
    for (const path of ['/', '/statistics/forced-returns?month=2026-03', '/api/v1/cases?overdue=true&x=%2F']) expect(isLocalPath(path), path).toBe(true);
    for (const path of ['', 'cases', '//evil.example', '/\\evil.example', '/\t/evil.example', 'https://evil.example/', '/a b', '/"x', '/<x>', '/x#frag']) {
      expect(isLocalPath(path), JSON.stringify(path)).toBe(false);
    }
  });

  it('finds a claim by its name first, then by a dotted path', () => {
    const claims = { 'https://retur.no/roles': ['udi'], realm_access: { roles: ['police'] }, list: ['a'] };
    expect(claimAt(claims, 'https://retur.no/roles')).toEqual(['udi']);
    expect(claimAt(claims, 'realm_access.roles')).toEqual(['police']);
    expect(claimAt(claims, 'realm_access.missing.roles')).toBeUndefined();
    expect(claimAt(claims, 'list.0')).toBeUndefined();
  });

  it('reads role values from a list or a string', () => {
    expect(roleValues(['udi', 3, 'police'])).toEqual(['udi', 'police']);
    expect(roleValues('udi police,statistics')).toEqual(['udi', 'police', 'statistics']);
    expect(roleValues(undefined)).toEqual([]);
    expect(roleValues({ udi: true })).toEqual([]);
  });
});
