/**
 * Staff sign-in through OpenID Connect, as the environment configures it: one zod schema read once at
 * start-up. No RETUR_OIDC_* variable set means OpenID Connect is off (the routes answer 404
 * AUTH_OIDC_NOT_CONFIGURED); any set means all that are required must be, and a wrong one stops the start
 * with CONFIG_INVALID naming the variable. See docs/oidc.md.
 */
import { z } from 'zod';
import { ReturError, type FieldError } from '../shared/errors.ts';
import { fieldErrorsOf } from '../shared/parse.ts';

/** Where the provider sends the person back; the path the callback route has. */
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/** The value of RETUR_OIDC_ROLE_CLAIM that says the provider sends no roles: the account's own role stands. */
export const NO_ROLE_CLAIM = 'none';

const NO_REDIRECT = `is required when RETUR_PUBLIC_URL is not set (the address of ${OIDC_CALLBACK_PATH})`;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An absolute URL, https but for the loopback addresses (development and tests). */
const secureUrl = z
  .url({ protocol: /^https?$/ })
  .transform((value) => new URL(value))
  .refine((url) => url.protocol === 'https:' || LOOPBACK.has(url.hostname), 'must be https (http only for localhost)')
  .refine((url) => url.hash === '' && url.username === '' && url.password === '', 'must have no #fragment and no user:password');

const claimName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\s]+$/, 'a claim name (a.b.c for a nested one), no spaces');

const schema = z
  .strictObject({
    RETUR_OIDC_ISSUER: secureUrl.describe("The provider's issuer (its discovery document is at /.well-known/openid-configuration below it)"),
    RETUR_OIDC_CLIENT_ID: z.string().trim().min(1).max(500),
    RETUR_OIDC_CLIENT_SECRET: z.string().min(1).max(2000),
    RETUR_OIDC_CLIENT_AUTH: z.enum(['client_secret_basic', 'client_secret_post']).default('client_secret_basic'),
    RETUR_OIDC_REDIRECT_URI: secureUrl.optional(),
    RETUR_PUBLIC_URL: secureUrl.optional(),
    RETUR_OIDC_SCOPES: z
      .string()
      .default('openid profile')
      .transform((value) => value.split(/[\s,]+/).filter((s) => s !== ''))
      .refine((scopes) => scopes.includes('openid'), 'must include openid'),
    RETUR_OIDC_ROLE_CLAIM: claimName.default('roles'),
    RETUR_OIDC_SUBJECT_CLAIM: claimName.default('sub'),
    RETUR_OIDC_AUTO_PROVISION: z.enum(['true', 'false']).default('false'),
  })
  .transform((env, ctx) => {
    const redirectUri = env.RETUR_OIDC_REDIRECT_URI ?? (env.RETUR_PUBLIC_URL && callbackOf(env.RETUR_PUBLIC_URL));
    if (!redirectUri) {
      ctx.issues.push({ code: 'custom', path: ['RETUR_OIDC_REDIRECT_URI'], message: NO_REDIRECT, input: undefined });
      return z.NEVER;
    }
    return {
      issuer: env.RETUR_OIDC_ISSUER,
      clientId: env.RETUR_OIDC_CLIENT_ID,
      clientSecret: env.RETUR_OIDC_CLIENT_SECRET,
      clientAuth: env.RETUR_OIDC_CLIENT_AUTH,
      redirectUri,
      scopes: env.RETUR_OIDC_SCOPES,
      /** The claim holding the role(s), or null when the provider sends none. */
      roleClaim: env.RETUR_OIDC_ROLE_CLAIM === NO_ROLE_CLAIM ? null : env.RETUR_OIDC_ROLE_CLAIM,
      subjectClaim: env.RETUR_OIDC_SUBJECT_CLAIM,
      autoProvision: env.RETUR_OIDC_AUTO_PROVISION === 'true',
    };
  });

export type OidcConfig = z.output<typeof schema>;

/** The callback below the public address, which may have a path of its own (a reverse proxy's prefix). */
function callbackOf(publicUrl: URL): URL {
  const base = new URL(publicUrl.href.endsWith('/') ? publicUrl.href : `${publicUrl.href}/`);
  base.search = '';
  return new URL(OIDC_CALLBACK_PATH.slice(1), base);
}

/** The variables this module reads (RETUR_PUBLIC_URL alone does not turn OpenID Connect on). */
const OWN = /^RETUR_OIDC_/;

/**
 * The OpenID Connect configuration from the environment, or null when no RETUR_OIDC_* variable is set (an
 * empty value counts as unset). Throws CONFIG_INVALID naming each variable at fault.
 */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv): OidcConfig | null {
  const given = Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => (OWN.test(entry[0]) || entry[0] === 'RETUR_PUBLIC_URL') && entry[1] !== undefined && entry[1].trim() !== '',
    ),
  );
  if (!Object.keys(given).some((name) => OWN.test(name))) return null;
  const result = schema.safeParse(given, { error: (issue) => (issue.input === undefined ? 'is required when any RETUR_OIDC_ variable is set' : undefined) });
  const errors = [...(result.success ? [] : fieldErrorsOf(result.error)), ...acrossVariables(given)]
    .filter((e, i, all) => all.findIndex((f) => f.path === e.path && f.message === e.message) === i)
    .map((e) => (e.code === 'unknown_field' ? { ...e, message: `${e.path.slice(1)} is not a variable Retur knows (a typo?)` } : e));
  if (result.success && errors.length === 0) return result.data;
  const summary = errors.map((e) => `${e.path.slice(1)} ${e.message}`).join('; ');
  throw new ReturError('CONFIG_INVALID', `OpenID Connect is not configured right: ${summary}. See docs/oidc.md.`, {}, { errors });
}

/** What no one variable says wrong, only two together (checked even when a variable is wrong on its own). */
function acrossVariables(given: Record<string, string>): FieldError[] {
  const errors: FieldError[] = [];
  if (!given.RETUR_OIDC_REDIRECT_URI && !given.RETUR_PUBLIC_URL) {
    errors.push({ path: '/RETUR_OIDC_REDIRECT_URI', code: 'custom', message: NO_REDIRECT });
  }
  if (given.RETUR_OIDC_AUTO_PROVISION === 'true' && given.RETUR_OIDC_ROLE_CLAIM === NO_ROLE_CLAIM) {
    errors.push({
      path: '/RETUR_OIDC_AUTO_PROVISION',
      code: 'custom',
      message: 'needs a role claim (RETUR_OIDC_ROLE_CLAIM is none): an account is made with the role the provider names',
    });
  }
  return errors;
}
