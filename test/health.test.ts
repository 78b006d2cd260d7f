/**
 * The probes (issue 11): /healthz says the process is alive without touching the database; /readyz says the
 * database answers and carries every migration of this build, and otherwise answers 503 SERVICE_NOT_READY as
 * problem+json saying why. On both databases.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../src/main/server.ts';
import { defaultServerConfig } from '../src/api/config.ts';
import { registerHealthRoutes } from '../src/api/health.ts';
import { registerProblemHandlers } from '../src/api/problem.ts';
import { loadMigrations, migrate } from '../src/store/migrate.ts';
import type { Store } from '../src/store/db.ts';
import { forEachDatabase, onPostgres } from './support/databases.ts';

const server = (store: Store) => buildServer({ db: store.db, logger: false, oidc: null, config: defaultServerConfig });

forEachDatabase((database) => {
  describe('/readyz', () => {
    it('answers 200 when the database answers and every migration is applied', async () => {
      const app = await server(await database.open());
      const response = await app.inject({ url: '/readyz' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ready', migrations: loadMigrations().length });
      await app.close();
    });

    it('answers 503 naming the migrations not applied, and 200 once they are', async () => {
      const store = await database.open({ migrated: false });
      const all = loadMigrations();
      await migrate(store, all.slice(0, -1));
      const app = await server(store);
      const response = await app.inject({ url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'SERVICE_NOT_READY', status: 503, reason: 'migrations', pending: [all.at(-1)!.version] });
      await migrate(store, all);
      expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
      await app.close();
    });

    it('answers 503 naming every migration on an empty database', async () => {
      const app = await server(await database.open({ migrated: false }));
      const response = await app.inject({ url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json().pending).toEqual(loadMigrations().map((m) => m.version));
      await app.close();
    });

    it('answers 503 when the database does not answer, while /healthz still answers 200', async () => {
      const store = await database.open();
      const app = await server(store);
      await store.close();
      const response = await app.inject({ url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'SERVICE_NOT_READY', reason: 'database' });
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
      await app.close();
    });
  });
});

onPostgres((database) => {
  it('/readyz answers 503 when the database does not answer in time', async () => {
    const store = await database.open();
    const locker = new pg.Client({ connectionString: store.url });
    await locker.connect();
    const app = Fastify();
    registerProblemHandlers(app);
    registerHealthRoutes(app, store.db, { timeoutMs: 300 });
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE schema_migrations IN ACCESS EXCLUSIVE MODE');
      const response = await app.inject({ url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ code: 'SERVICE_NOT_READY', reason: 'database', detail: expect.stringMatching(/300 ms/) });
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
      await app.close();
    }
  });
});
