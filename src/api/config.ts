/**
 * Every environment variable Retur reads, in one zod schema checked once at start-up (`retur serve` and every
 * command that opens the database): a wrong value, or a `RETUR_*` name Retur does not know (a typo), stops the
 * start with CONFIG_INVALID naming each variable at fault, before anything is opened (exit code 2). The table
 * in docs/configuration.md and .env.example list the same variables (test/environment.test.ts keeps the three
 * in step). The `RETUR_OIDC_*` variables are checked together by oidc-config.ts, whose errors come in the
 * same answer.
 *
 * - `RETUR_PUBLIC_URL`: the address people reach Retur at. When it is https, the session cookie is Secure and
 *   every answer carries HSTS, whatever NODE_ENV says.
 * - `RETUR_TRUST_PROXY`: whose `X-Forwarded-For`/`-Proto`/`-Host` to believe. Off by default (the address is
 *   that of the connection); `true` for any, or addresses and CIDR ranges separated by commas (`127.0.0.1,10.0.0.0/8`; also `loopback`, `linklocal`, `uniquelocal`).
 * - `RETUR_TOKEN_DAYS`: how many days a new API token lasts (default 90).
 * - `RETUR_STATISTICS_RATE_LIMIT`: requests one address may make of the public statistics (API and page) in a
 *   minute (default 120). A cached report costs little, but each other month, format or year is a computation
 *   from the database: without a bound one anonymous client could keep the service busy for everyone.
 */
import { isIP } from 'node:net';
import { z } from 'zod';
import { ReturError, type FieldError } from '../shared/errors.ts';
import { fieldErrorsOf } from '../shared/parse.ts';
import { oidcConfigFromEnv, type OidcConfig } from './oidc-config.ts';

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(value: string): boolean {
  if (NAMED_RANGES.has(value)) return true;
  const [address, bits, ...rest] = value.split('/');
  if (rest.length > 0 || address === undefined) return false;
  const version = isIP(address);
  if (version === 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
}

const trustProxy = z
  .string()
  .trim()
  .default('false')
  .transform((value, ctx): boolean | string[] => {
    if (value === 'false' || value === '') return false;
    if (value === 'true') return true;
    const list = value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const wrong = list.filter((s) => !isAddressOrRange(s));
    if (list.length === 0 || wrong.length > 0) {
      ctx.addIssue({ code: 'custom', message: `false, true, or addresses and CIDR ranges separated by commas (not ${wrong.join(', ') || 'empty'})` });
      return z.NEVER;
    }
    return list;
  });

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `a whole number of ${what}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `from ${min} to ${max} ${what}`);

/** The variables of the service (RETUR_OIDC_* apart, in oidc-config.ts); each unset or empty one takes its default. */
const schema = z.object({
  PORT: wholeNumber('', 0, 65_535).optional(),
  HOST: z
    .string()
    .trim()
    .refine((value) => isIP(value) !== 0 || z.hostname().safeParse(value).success, 'an IP address or a host name')
    .optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'a postgres:// or postgresql:// URL' }).optional(),
  RETUR_DATA_DIR: z.string().optional(),
  NODE_ENV: z.enum(['production', 'development', 'test'], 'production, development or test').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'fatal, error, warn, info, debug, trace or silent').default('info'),
  RETUR_WEB_SECRET: z.string().min(32, 'at least 32 characters (a long random string)').optional(),
  RETUR_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((value) => new URL(value))
    .optional(),
  RETUR_TRUST_PROXY: trustProxy,
  RETUR_TOKEN_DAYS: z
    .string()
    .regex(/^\d{1,4}$/, 'a whole number of days')
    .default('90')
    .transform(Number)
    .refine((days) => days >= 1 && days <= 3650, 'from 1 to 3650 days'),
  RETUR_STATISTICS_RATE_LIMIT: wholeNumber('requests a minute', 1, 1_000_000_000).optional(),
  RETUR_PASSWORD: z.string().optional(),
  RETUR_METRICS_TOKEN: z.string().trim().min(16, 'at least 16 characters (a long random string)').optional(),
});

/** Read by the test suite only (test/support, vitest.global-setup.ts), never by the service: known, so not typos. */
export const testVariables = ['RETUR_TEST_DATABASE_URL', 'RETUR_TEST_PG_BIN', 'RETUR_REQUIRE_POSTGRES', 'RETUR_FUZZ_SEED'] as const;

/** The variables of oidc-config.ts. */
export const oidcVariables = [
  'RETUR_OIDC_ISSUER',
  'RETUR_OIDC_CLIENT_ID',
  'RETUR_OIDC_CLIENT_SECRET',
  'RETUR_OIDC_CLIENT_AUTH',
  'RETUR_OIDC_REDIRECT_URI',
  'RETUR_OIDC_SCOPES',
  'RETUR_OIDC_ROLE_CLAIM',
  'RETUR_OIDC_SUBJECT_CLAIM',
  'RETUR_OIDC_AUTO_PROVISION',
] as const;

/** Every variable Retur knows: the service's, then OpenID Connect's. */
export const environmentVariables: readonly string[] = [...Object.keys(schema.shape), ...oidcVariables];

export interface ServerConfig {
  /** The address people reach Retur at, when set. */
  readonly publicUrl: URL | null;
  /** Fastify's trustProxy: false (the default), true, or the proxies' addresses and ranges. */
  readonly trustProxy: boolean | string[];
  /** How long a new API token lasts, in days. */
  readonly tokenDays: number;
  /** Requests one address may make of the public statistics (API and page) in a minute. */
  readonly statisticsRateLimit: number;
}

export const defaultServerConfig: ServerConfig = { publicUrl: null, trustProxy: false, tokenDays: 90, statisticsRateLimit: 120 };

/** Everything the environment configures, checked. */
export interface Environment extends ServerConfig {
  /** PORT, when set (`--port` wins; else 8080). */
  readonly port: number | undefined;
  /** HOST, when set (`--host` wins; else 127.0.0.1). */
  readonly host: string | undefined;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly nodeEnv: 'production' | 'development' | 'test' | undefined;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly webSecret: string | undefined;
  /** The bearer token of GET /metrics; unset, there are no metrics. */
  readonly metricsToken: string | undefined;
  /** Staff sign-in through OpenID Connect, or null for off. */
  readonly oidc: OidcConfig | null;
}

/** The known name closest to an unknown one (two edits at most), for "did you mean". */
function closest(name: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
      row = next;
    }
    return row[b.length]!;
  };
  return known
    .map((k) => ({ k, d: distance(name, k) }))
    .filter(({ d }) => d <= 2)
    .sort((x, y) => x.d - y.d)[0]?.k;
}

function configInvalid(all: readonly FieldError[]): ReturError {
  // RETUR_PUBLIC_URL is checked by both schemas: name each fault once.
  const errors = all.filter((e, i) => all.findIndex((f) => f.path === e.path && f.message === e.message) === i);
  return new ReturError(
    'CONFIG_INVALID',
    `The service is not configured right: ${errors.map((e) => `${e.path.slice(1)} ${e.message}`).join('; ')}. See docs/configuration.md.`,
    {},
    { errors },
  );
}

/**
 * Every variable of the environment, checked by the one schema (an empty variable counts as unset). Throws
 * CONFIG_INVALID naming every variable at fault at once: a wrong value, or a RETUR_* name Retur does not know.
 * With `oidc: false` (the commands other than `serve`, which do not sign anyone in) the RETUR_OIDC_* variables
 * are not checked together (`retur users link` needs only RETUR_OIDC_ISSUER), and `oidc` is null.
 */
export function readEnvironment(env: NodeJS.ProcessEnv, options: { oidc?: boolean } = {}): Environment {
  const known = new Set<string>([...environmentVariables, ...testVariables]);
  const errors: FieldError[] = Object.keys(env)
    .filter((name) => name.startsWith('RETUR_') && !known.has(name))
    .sort()
    .map((name) => {
      const near = closest(name, environmentVariables);
      return { path: `/${name}`, code: 'unknown_variable', message: `is not a variable Retur knows${near ? ` (did you mean ${near}?)` : ''}` };
    });
  const given = Object.fromEntries(Object.keys(schema.shape).flatMap((name) => (env[name]?.trim() ? [[name, env[name]]] : [])));
  const result = schema.safeParse(given);
  if (!result.success) errors.push(...fieldErrorsOf(result.error));
  let oidc: OidcConfig | null = null;
  if (options.oidc !== false) {
    try {
      oidc = oidcConfigFromEnv(Object.fromEntries(Object.entries(env).filter(([name]) => known.has(name))));
    } catch (error) {
      if (!(error instanceof ReturError)) throw error;
      errors.push(...error.errors);
    }
  }
  if (!result.success || errors.length > 0) throw configInvalid(errors);
  const v = result.data;
  return {
    port: v.PORT,
    host: v.HOST,
    databaseUrl: v.DATABASE_URL,
    dataDir: v.RETUR_DATA_DIR ?? './data',
    nodeEnv: v.NODE_ENV,
    logLevel: v.LOG_LEVEL,
    webSecret: v.RETUR_WEB_SECRET,
    statisticsRateLimit: v.RETUR_STATISTICS_RATE_LIMIT ?? defaultServerConfig.statisticsRateLimit,
    metricsToken: v.RETUR_METRICS_TOKEN,
    publicUrl: v.RETUR_PUBLIC_URL ?? null,
    trustProxy: v.RETUR_TRUST_PROXY,
    tokenDays: v.RETUR_TOKEN_DAYS,
    oidc,
  };
}

/** The server's part of the environment (readEnvironment, so every variable is checked). Throws CONFIG_INVALID. */
export function serverConfigFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const { publicUrl, trustProxy, tokenDays, statisticsRateLimit } = readEnvironment(env);
  return { publicUrl, trustProxy, tokenDays, statisticsRateLimit };
}

/** Whether the session cookie must be Secure: the public address is https, or NODE_ENV is production. */
export function secureCookies(config: ServerConfig, env: NodeJS.ProcessEnv = process.env): boolean {
  return config.publicUrl?.protocol === 'https:' || env.NODE_ENV === 'production';
}
