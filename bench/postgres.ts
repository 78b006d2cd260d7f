/**
 * What the PostgreSQL benchmarks (`cases`, `statistics`) share: the SQL a function sends, and its plan.
 */
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/store/index.ts';

/** The SQL a function sends, captured from a Kysely that logs (the store's own Kysely does not). */
export async function capturedSql(url: string, run: (db: Kysely<Database>) => Promise<unknown>): Promise<CompiledQuery[]> {
  const captured: CompiledQuery[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: (event) => void captured.push(event.query) });
  try {
    await run(db);
  } finally {
    await db.destroy();
  }
  return captured;
}

/** `EXPLAIN (ANALYZE, BUFFERS)` of a captured query, indented for the benchmark's output. */
export async function explain(pool: pg.Pool, query: CompiledQuery): Promise<string> {
  const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, [...query.parameters]);
  return plan.rows.map((r: Record<string, string>) => `      ${r['QUERY PLAN']}`).join('\n');
}
