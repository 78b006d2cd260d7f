/**
 * Filling the `cases` table for the `cases` and `console` benchmarks: copies of template cases the command layer
 * wrote, one per generated number `g`, inserted with INSERT … SELECT generate_series in ten chunks. Each copy
 * gets its own id and reference and varies the deadline (from a year ago to eight months ahead, about a third
 * passed; 5 % none: must leave at once), the request for deferred implementation and the appeal.
 */
import { loadavg } from 'node:os';
import type pg from 'pg';

const GENERATED_CASE_COLUMNS = `CASE WHEN g % 20 = 0 THEN NULL ELSE current_date + ((g * 7919) % 360 - 120)::int END AS deadline,
                CASE WHEN g % 33 = 0 THEN 'requested' WHEN g % 29 = 0 THEN 'granted' WHEN g % 31 = 0 THEN 'denied' ELSE 'none' END AS deferral,
                CASE WHEN g % 11 = 0 THEN 'registered' WHEN g % 53 = 0 THEN 'upheld' WHEN g % 97 = 0 THEN 'reversed' ELSE 'none' END AS appeal`;

export interface GeneratedCases {
  /** The cases to copy, by id, in the order the generated numbers take them (g modulo their count). */
  readonly templateIds: readonly string[];
  /** How many rows `cases` holds afterwards. */
  readonly target: number;
  /** The reference of a copy: this prefix and its number in seven digits (`RT-B0000042`). */
  readonly prefix: string;
  /** Also set the day of the last document: every tenth copy, within the last 90 days (the console's queues sort by it). */
  readonly lastDocument?: boolean;
}

/** Fills `cases` to `target` rows with copies of the templates, printing the progress of each chunk. */
export async function fillGeneratedCases(pool: pg.Pool, { templateIds, target, prefix, lastDocument = false }: GeneratedCases): Promise<void> {
  await pool.query('CREATE TABLE bench_templates AS SELECT (o - 1) AS n, c.* FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, o) JOIN cases c USING (id)', [
    templateIds,
  ]);
  const have = Number((await pool.query('SELECT count(*) AS n FROM cases')).rows[0].n);
  const missing = target - have;
  const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
  console.log(`  from ${fmt(have)} to ${fmt(target)} cases (INSERT … SELECT generate_series)`);
  const chunk = Math.max(1, Math.ceil(missing / 10));
  const started = performance.now();
  for (let from = 0; from < missing; from += chunk) {
    const to = Math.min(missing, from + chunk) - 1;
    await pool.query(
      `WITH c AS (
         SELECT g, gen_random_uuid() AS id, $4 || to_char(g, 'FM0000000') AS reference,
                ${GENERATED_CASE_COLUMNS},
                CASE WHEN $5::boolean AND g % 10 = 0 THEN current_date - (g % 90)::int END AS last_document,
                now() - make_interval(mins => (g % 500000)::int) AS created
           FROM generate_series($1::bigint, $2::bigint) AS g)
       INSERT INTO cases (id, kind, status, version, created_at, updated_at, reference, state, authority, decision_kind, deadline,
                          assisted_status, appeal_status, deferral_status, forced_status, departed_on, last_document_on)
       SELECT c.id, t.kind, t.status, t.version, c.created, c.created, c.reference,
              jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(t.state,
                '{id}', to_jsonb(c.id::text)), '{reference}', to_jsonb(c.reference)),
                '{decision,departureDeadline}', coalesce(to_jsonb(c.deadline::text), 'null'::jsonb)),
                '{deferral,status}', to_jsonb(c.deferral)), '{appeal,status}', to_jsonb(c.appeal)),
              t.authority, t.decision_kind, c.deadline, t.assisted_status, c.appeal, c.deferral, t.forced_status, t.departed_on, c.last_document
         FROM c JOIN bench_templates t ON t.n = c.g % $3`,
      [have + from, have + to, templateIds.length, prefix, lastDocument],
    );
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`  ${String(Math.round(((to + 1) / missing) * 100)).padStart(3)}%  ${fmt(have + to + 1).padStart(9)} cases  (${seconds} s, load ${load})`);
  }
}
