/**
 * How the HTTP service is reached and what it trusts, from the environment: one zod schema read once at
 * start-up (a wrong value stops the start with CONFIG_INVALID naming the variable). Issue 11 (ops) may fold
 * these into one schema of every variable; they are kept here, together, for that.
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
import { ReturError } from '../shared/errors.ts';
import { fieldErrorsOf } from '../shared/parse.ts';

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
    const list = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const wrong = list.filter((s) => !isAddressOrRange(s));
    if (list.length === 0 || wrong.length > 0) {
      ctx.addIssue({ code: 'custom', message: `false, true, or addresses and CIDR ranges separated by commas (not ${wrong.join(', ') || 'empty'})` });
      return z.NEVER;
    }
    return list;
  });

const schema = z.object({
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
  RETUR_STATISTICS_RATE_LIMIT: z
    .string()
    .regex(/^\d{1,9}$/, 'a whole number of requests a minute')
    .default('120')
    .transform(Number)
    .refine((max) => max >= 1, 'at least 1 a minute'),
});

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

/** The server's configuration from the environment (an empty variable counts as unset). Throws CONFIG_INVALID. */
export function serverConfigFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const given = Object.fromEntries(Object.keys(schema.shape).flatMap((name) => (env[name]?.trim() ? [[name, env[name]]] : [])));
  const result = schema.safeParse(given);
  if (!result.success) {
    const errors = fieldErrorsOf(result.error);
    throw new ReturError('CONFIG_INVALID', `The service is not configured right: ${errors.map((e) => `${e.path.slice(1)} ${e.message}`).join('; ')}`, { errors });
  }
  return { publicUrl: result.data.RETUR_PUBLIC_URL ?? null, trustProxy: result.data.RETUR_TRUST_PROXY, tokenDays: result.data.RETUR_TOKEN_DAYS, statisticsRateLimit: result.data.RETUR_STATISTICS_RATE_LIMIT };
}

/** Whether the session cookie must be Secure: the public address is https, or NODE_ENV is production. */
export function secureCookies(config: ServerConfig, env: NodeJS.ProcessEnv = process.env): boolean {
  return config.publicUrl?.protocol === 'https:' || env.NODE_ENV === 'production';
}
