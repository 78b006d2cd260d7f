/**
 * The public pages' sessions: the answers a person gives in the checker, the calculator and "what now" are
 * kept on the server, keyed by the SHA-256 of a random token in the `retur_web` cookie, never in a URL or a
 * log. A session expires two hours after its last write. Nothing is written until the person answers, so a
 * page view costs no database write.
 *
 * CSRF: every form carries a token derived from the session token with an HMAC under the server's secret
 * (`RETUR_WEB_SECRET`, random per process when unset), so the token needs no row and a page that only shows
 * a form writes nothing. A POST whose token does not match is refused before anything is read or written.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../cases/commands.ts';
import { webTables } from '../store/web-tables.ts';

export const WEB_SESSION_COOKIE = 'retur_web';
export const WEB_SESSION_HOURS = 2;

export type SessionData = Record<string, unknown>;

/** Where sessions live: the database, or memory when the server runs without one (rules and pages only). */
export interface WebSessionStore {
  read(idHash: string): Promise<SessionData | undefined>;
  write(idHash: string, data: SessionData, expiresAt: Date): Promise<void>;
  remove(idHash: string): Promise<void>;
}

export function databaseSessionStore(db: Db): WebSessionStore {
  const w = webTables(db);
  let lastPurge = 0;
  return {
    async read(idHash) {
      const row = await w
        .selectFrom('web_sessions')
        .select('data')
        .where('id_hash', '=', idHash)
        .where('expires_at', '>', sql<Date>`now()`)
        .executeTakeFirst();
      return row?.data;
    },
    async write(idHash, data, expiresAt) {
      await w
        .insertInto('web_sessions')
        .values({ id_hash: idHash, data: JSON.stringify(data), expires_at: expiresAt })
        .onConflict((oc) => oc.column('id_hash').doUpdateSet({ data: JSON.stringify(data), expires_at: expiresAt }))
        .execute();
      // Expired sessions go at most once a minute per process, as answers are written.
      if (Date.now() - lastPurge > 60_000) {
        lastPurge = Date.now();
        await w
          .deleteFrom('web_sessions')
          .where('expires_at', '<=', sql<Date>`now()`)
          .execute();
      }
    },
    async remove(idHash) {
      await w.deleteFrom('web_sessions').where('id_hash', '=', idHash).execute();
    },
  };
}

export function memorySessionStore(): WebSessionStore {
  // Kept as JSON, as the database keeps it: each read is a copy, and a value JSON cannot hold is lost the same way.
  const rows = new Map<string, { data: string; expiresAt: Date }>();
  return {
    async read(idHash) {
      const row = rows.get(idHash);
      if (!row || row.expiresAt.getTime() <= Date.now()) return undefined;
      return JSON.parse(row.data) as SessionData;
    },
    async write(idHash, data, expiresAt) {
      for (const [key, row] of rows) if (row.expiresAt.getTime() <= Date.now()) rows.delete(key);
      rows.set(idHash, { data: JSON.stringify(data), expiresAt });
    },
    async remove(idHash) {
      rows.delete(idHash);
    },
  };
}

const secret = process.env.RETUR_WEB_SECRET ? Buffer.from(process.env.RETUR_WEB_SECRET, 'utf8') : randomBytes(32);
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');
const csrfOf = (token: string) => createHmac('sha256', secret).update(`csrf:${token}`).digest('base64url');

export function webCookieOptions() {
  // Secure as the server sets every cookie (src/main/server.ts).
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, maxAge: WEB_SESSION_HOURS * 3600 };
}

/** The session of a request: its token (made and set as a cookie when there is none), CSRF token, data. */
export class WebSession {
  private cache: SessionData | undefined;

  private constructor(
    private readonly store: WebSessionStore,
    private readonly token: string,
  ) {}

  /** The request's session; a new token (set on the reply) when the cookie is missing or malformed. */
  static of(store: WebSessionStore, request: FastifyRequest, reply: FastifyReply): WebSession {
    const given = request.cookies[WEB_SESSION_COOKIE];
    if (given !== undefined && TOKEN.test(given)) return new WebSession(store, given);
    const token = randomBytes(32).toString('base64url');
    reply.setCookie(WEB_SESSION_COOKIE, token, webCookieOptions());
    return new WebSession(store, token);
  }

  get csrfToken(): string {
    return csrfOf(this.token);
  }

  /** Whether a form's token is this session's. */
  checkCsrf(given: unknown): boolean {
    if (typeof given !== 'string') return false;
    const want = Buffer.from(this.csrfToken);
    const got = Buffer.from(given);
    return want.length === got.length && timingSafeEqual(want, got);
  }

  async data(): Promise<SessionData> {
    this.cache ??= (await this.store.read(hashOf(this.token))) ?? {};
    return this.cache;
  }

  async get<T>(name: string): Promise<T | undefined> {
    return (await this.data())[name] as T | undefined;
  }

  async set(name: string, value: unknown): Promise<void> {
    const data = { ...(await this.data()), [name]: value };
    this.cache = data;
    await this.store.write(hashOf(this.token), data, new Date(Date.now() + WEB_SESSION_HOURS * 3600_000));
  }

  /** Forgets every answer (the quick exit, "start again"). */
  async clear(): Promise<void> {
    this.cache = {};
    await this.store.remove(hashOf(this.token));
  }
}
