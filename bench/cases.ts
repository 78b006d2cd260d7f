/**
 * Issue 3's benchmark, on a throwaway PostgreSQL 15 server (`startTestPostgres`), in two parts.
 *
 * 1. Writes. N households (100,000 at scale 1) go through the whole assisted-return process through the
 *    command layer: `openCase` (UDI), then `act` for apply (IOM), grant (UDI), arrange travel (IOM) and
 *    record departure (IOM): five commands per case, each with its version check, event, projections and
 *    audit row (one write statement each, as commands.ts runs a command without an Idempotency-Key). The baseline inserts the same rows (the case row with its final state, its
 *    five events, its five audit rows and its departure rows, copied from cases the command layer wrote)
 *    with plain parameterised SQL, one read-committed transaction per case. Both run with the same number
 *    of concurrent workers, interleaved in ten rounds so that table growth and the machine's other load
 *    fall on both alike. Goal: the command layer at least a quarter of the plain rate.
 *
 * 2. Reads. The cases table is filled up to 1,000,000 cases (at scale 1) with `INSERT … SELECT
 *    generate_series`, from case documents the command layer wrote in every assisted-return state, with a
 *    mix of deadlines (about a third passed, some with none), deferrals and appeals. Then the p50 and p99
 *    latency of `getCase()` on random ids and of the first page of the police's overdue list (`listCases`
 *    with `overdue: 'true'`, 50 a page), one request at a time, beside a plain `SELECT … WHERE id = $1`.
 *    Goal: p99 under 20 ms. When a goal is missed the query's plan (EXPLAIN ANALYZE) is printed.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import pg from 'pg';
import { Temporal } from 'temporal-polyfill';
import { createUser } from '../src/cases/accounts.ts';
import { act, getCase, listCases, listFilters, newReference, openCase } from '../src/cases/commands.ts';
import type { Principal, StaffRole } from '../src/cases/roles.ts';
import { migrate, openDatabase, type Store } from '../src/store/index.ts';
import { startTestPostgres } from '../test/support/postgres-server.ts';
import { random, report, type Measured } from './harness.ts';
import { capturedSql, explain } from './postgres.ts';
import { ReturError } from '../src/shared/errors.ts';
import { fillGeneratedCases } from './generated-cases.ts';

/** Concurrent workers for both the command layer and the plain inserts (the store's pool holds 10). */
const WORKERS = 8;
const ROUNDS = 10;
const LATENCY_GOAL_SECONDS = 0.02;

// ------------------------------------------------------------------------------------------- small helpers

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const ms = (seconds: number) => `${(seconds * 1000).toFixed(2)} ms`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const now = () => Number(process.hrtime.bigint()) / 1e9;

function measured(label: string, count: number, seconds: number): Measured {
  return { label, count, seconds, perSecond: count / seconds };
}

/** A latency as a rate (1 / latency), so that report() can set it beside its goal: higher is better. */
function latency(label: string, seconds: number): Measured {
  return measured(label, 1, seconds);
}

/** The nearest-rank percentile of sorted seconds. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Runs `fn(0 … count-1)` on `workers` concurrent workers. */
async function inParallel(count: number, workers: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, count) }, async () => {
      while (next < count) await fn(next++);
    }),
  );
}

/** Times `fn` once per item, one at a time; returns the latencies in seconds, sorted. Says how far it got every 15 s. */
async function latencies<T>(label: string, items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  let shown = now();
  for (const item of items) {
    const start = now();
    await fn(item);
    out.push(now() - start);
    if (start - shown > 15) {
      shown = start;
      console.log(`    … ${label}: ${fmt(out.length)} of ${fmt(items.length)} (load ${load()})`);
    }
  }
  return out.sort((a, b) => a - b);
}

// ------------------------------------------------------------------------------------------ the households

const COUNTRIES = ['AF', 'IQ', 'SO', 'ER', 'ET', 'SY', 'IR', 'MA', 'AL', 'GE', 'XK', 'UA', 'RU', 'NG', 'CO', 'TR'] as const;
const LANGUAGES: Record<string, string> = {
  AF: 'fa-AF',
  IQ: 'ar',
  SO: 'so',
  ER: 'ti',
  ET: 'am',
  SY: 'ar',
  IR: 'fa',
  MA: 'ar',
  GE: 'ka',
  UA: 'uk',
  RU: 'ru',
  TR: 'tr',
};

const day = (date: string, days: number) => Temporal.PlainDate.from(date).add({ days }).toString();
const morningOf = (date: string) => new Date(`${date}T08:00:00Z`);

/** The steps of the assisted-return process after the case is opened, in order. */
const STEPS = ['assisted-return.apply', 'assisted-return.grant', 'assisted-return.arrange-travel', 'assisted-return.record-departure'] as const;

interface Household {
  readonly open: unknown;
  readonly openedOn: string;
  readonly destination: string;
}

/** Household `i` (deterministic): one or two adults and up to three children, a rejection, a deadline. */
function household(i: number): Household {
  const r = random(i + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const country = pick(COUNTRIES);
  const openedOn = day('2025-04-01', i % 300);
  const adults = r() < 0.6 ? 1 : 2;
  const children = Math.floor(r() * r() * 4);
  const person = (n: number, role: 'adult' | 'child') => ({
    name: `Bench Person ${i}-${n}`,
    dateOfBirth: day(openedOn, -Math.floor(365.25 * (role === 'adult' ? 19 + r() * 45 : 1 + r() * 15))),
    citizenships: [country],
    role,
    ...(role === 'adult' ? { udiCaseNumber: `BENCH-${i}-${n}` } : {}),
    ...(LANGUAGES[country] ? { preferredLanguage: LANGUAGES[country] } : {}),
  });
  const kind = r() < 0.8 ? 'protection-rejected' : 'residence-rejected';
  return {
    openedOn,
    destination: country,
    open: {
      household: [...Array.from({ length: adults }, (_, n) => person(n, 'adult')), ...Array.from({ length: children }, (_, n) => person(adults + n, 'child'))],
      decision: { kind, authority: 'udi', date: openedOn, departureDeadline: day(openedOn, 21), notifiedOn: day(openedOn, 1) },
    },
  };
}

interface Principals {
  readonly udi: Principal;
  readonly iom: Principal;
  readonly police: Principal;
}

async function createPrincipals(store: Store): Promise<Principals> {
  const make = async (role: StaffRole): Promise<Principal> => {
    const username = `${role}.bench`;
    const { id } = await createUser(store.db, { username, displayName: `Benchmark ${role}`, role, password: `benchmark-${role}-password` });
    return { kind: 'staff', userId: id, username, role };
  };
  return { udi: await make('udi'), iom: await make('iom'), police: await make('police') };
}

/** Per command, the time spent in it (seconds), how often, and how often it gave up on serialization conflicts. */
const commandTimes = new Map<string, { seconds: number; count: number; conflicts: number }>();

/**
 * Runs a command and records its time. A command that gave up after withTransaction's five attempts
 * (STORE_TRANSACTION_CONFLICT: nothing was written) is sent again, as a client would; each time is counted.
 */
async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const entry = commandTimes.get(name) ?? { seconds: 0, count: 0, conflicts: 0 };
  commandTimes.set(name, entry);
  const start = now();
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await run();
      entry.seconds += now() - start;
      entry.count += 1;
      return result;
    } catch (error) {
      if (!(error instanceof ReturError && error.code === 'STORE_TRANSACTION_CONFLICT') || attempt >= 20) throw error;
      entry.conflicts += 1;
    }
  }
}

/**
 * Household `i` through the command layer: opened, then the first `steps` steps of STEPS (all four by
 * default: applied, granted, travel arranged, departed), each dated a few days after the one before.
 */
async function throughCommands(store: Store, p: Principals, i: number, steps: number = STEPS.length): Promise<string> {
  const h = household(i);
  const opened = await timed('openCase', () => openCase(store.db, p.udi, h.open, { now: morningOf(h.openedOn) }));
  const caseId = opened.case.id;
  let version = opened.version;
  const travelDate = day(h.openedOn, 45);
  const plan: [Principal, unknown, string][] = [
    [p.iom, { destination: h.destination }, day(h.openedOn, 5)],
    [p.udi, { reasons: 'The household is covered by the scheme; granted after assessment.' }, day(h.openedOn, 15)],
    [p.iom, { travelDate, travelDocument: 'Passports', ticket: `BENCH-${i}` }, day(h.openedOn, 30)],
    [p.iom, { date: travelDate }, travelDate],
  ];
  for (const [n, [principal, input, on]] of plan.slice(0, steps).entries()) {
    const action = STEPS[n]!;
    version = (await timed(action, () => act(store.db, principal, caseId, action, input, { now: morningOf(on), expectedVersion: version }))).version;
  }
  return caseId;
}

// --------------------------------------------------------------------------------- the plain-SQL baseline

/** The rows the command layer wrote for one case, as text, to be inserted again under a new id. */
interface CaseRows {
  readonly caseId: string;
  readonly reference: string;
  readonly case: Record<string, string | number | null>;
  readonly events: readonly { sequence: number; type: string; payload: string; actor: string; role: string }[];
  readonly audit: readonly { actor: string; role: string; action: string; what: string; why: string }[];
  readonly departures: readonly Record<string, string | boolean | null>[];
}

async function readCaseRows(pool: pg.Pool, caseId: string): Promise<CaseRows> {
  const c = await pool.query(
    `SELECT kind, status, version, reference, state::text AS state, authority, decision_kind, deadline::text AS deadline,
            assisted_status, appeal_status, deferral_status, forced_status, departed_on::text AS departed_on
       FROM cases WHERE id = $1`,
    [caseId],
  );
  const events = await pool.query('SELECT sequence, type, payload::text AS payload, actor, role FROM events WHERE case_id = $1 ORDER BY sequence', [caseId]);
  const audit = await pool.query("SELECT actor, role, action, what, why FROM audit WHERE case_id = $1 AND action = 'change' ORDER BY id", [caseId]);
  const departures = await pool.query(
    `SELECT person_id, departure_date::text AS departure_date, return_type, category, citizenship, destination,
            date_of_birth::text AS date_of_birth, unaccompanied_minor, convicted
       FROM departures WHERE case_id = $1 ORDER BY id`,
    [caseId],
  );
  const row = c.rows[0] as Record<string, string | number | null>;
  return { caseId, reference: String(row['reference']), case: row, events: events.rows, audit: audit.rows, departures: departures.rows };
}

/** `(${1}, ${2}, …), (…)` for `rows` rows of `width` parameters, with optional casts per column. */
function valuesList(rows: number, width: number, casts: Record<number, string> = {}): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    out.push(`(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}${casts[c] ?? ''}`).join(', ')})`);
  }
  return out.join(', ');
}

/** The same rows as `template`, for a new case, with plain parameterised INSERTs in one transaction. */
async function insertPlain(pool: pg.Pool, template: CaseRows): Promise<void> {
  const id = randomUUID();
  const reference = newReference();
  const renamed = (text: string) => text.replaceAll(template.caseId, id).replaceAll(template.reference, reference);
  const c = template.case;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO cases (id, kind, status, version, reference, state, authority, decision_kind, deadline,
                          assisted_status, appeal_status, deferral_status, forced_status, departed_on)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        id,
        c['kind'],
        c['status'],
        c['version'],
        reference,
        renamed(String(c['state'])),
        c['authority'],
        c['decision_kind'],
        c['deadline'],
        c['assisted_status'],
        c['appeal_status'],
        c['deferral_status'],
        c['forced_status'],
        c['departed_on'],
      ],
    );
    await client.query(
      `INSERT INTO events (case_id, sequence, type, payload, actor, role) VALUES ${valuesList(template.events.length, 6, { 3: '::jsonb' })}`,
      template.events.flatMap((e) => [id, e.sequence, e.type, renamed(e.payload), e.actor, e.role]),
    );
    await client.query(
      `INSERT INTO audit (case_id, actor, role, action, what, why) VALUES ${valuesList(template.audit.length, 6)}`,
      template.audit.flatMap((a) => [id, a.actor, a.role, a.action, a.what, a.why]),
    );
    if (template.departures.length > 0) {
      await client.query(
        `INSERT INTO departures (id, source, case_id, person_id, departure_date, return_type, category, citizenship, destination,
                                 date_of_birth, unaccompanied_minor, convicted)
         VALUES ${valuesList(template.departures.length, 12)}`,
        template.departures.flatMap((d) => [
          `case:${id}:${String(d['person_id'])}`,
          'case',
          id,
          d['person_id'],
          d['departure_date'],
          d['return_type'],
          d['category'],
          d['citizenship'],
          d['destination'],
          d['date_of_birth'],
          d['unaccompanied_minor'],
          d['convicted'],
        ]),
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

// ------------------------------------------------------------------------------------ part 1: the writes

interface Templates {
  /** Cases that went the whole way (the plain inserts copy their rows). */
  readonly departed: readonly CaseRows[];
  /** Case ids per state reached (0 = opened … 4 = departed), for filling the table in part 2. */
  readonly byStage: readonly (readonly string[])[];
}

async function warmUp(store: Store, pool: pg.Pool, p: Principals, first: number): Promise<{ templates: Templates; next: number }> {
  let i = first;
  const byStage: string[][] = [];
  for (let steps = 0; steps <= STEPS.length; steps++) {
    const ids: string[] = [];
    const count = steps === STEPS.length ? 100 : 20;
    await inParallel(count, WORKERS, async () => {
      ids.push(await throughCommands(store, p, i++, steps));
    });
    byStage.push(ids);
  }
  const departed = await Promise.all(byStage[STEPS.length]!.map((id) => readCaseRows(pool, id)));
  await inParallel(100, WORKERS, (n) => insertPlain(pool, departed[n % departed.length]!));
  commandTimes.clear();
  return { templates: { departed, byStage }, next: i };
}

async function writes(
  store: Store,
  pool: pg.Pool,
  p: Principals,
  count: number,
  templates: Templates,
  first: number,
): Promise<{ commands: Measured; plain: Measured }> {
  console.log(`\nPart 1: ${fmt(count)} cases through the command layer, and the same rows with plain SQL, ${WORKERS} workers each, in ${ROUNDS} rounds`);
  const kb = (chars: number) => `${(chars / 1024).toFixed(1)} KB`;
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const d = templates.departed;
  console.log(
    `  A departed case as the command layer leaves it (mean of ${d.length}, as JSON text): the state ${kb(mean(d.map((t) => String(t.case['state']).length)))}` +
      `; its events ${d[0]!.events.map((e, n) => `${e.type} ${kb(mean(d.map((t) => t.events[n]?.payload.length ?? 0)))}`).join(', ')}`,
  );
  let commandSeconds = 0;
  let plainSeconds = 0;
  let commandCpu = 0;
  let plainCpu = 0;
  let done = 0;
  let next = first;
  let plainNext = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const size = Math.round((count * round) / ROUNDS) - done;
    let start = now();
    const cpu = process.cpuUsage();
    await inParallel(size, WORKERS, async () => {
      await throughCommands(store, p, next++);
    });
    const c = now() - start;
    const used = process.cpuUsage(cpu);
    commandCpu += (used.user + used.system) / 1e6;
    start = now();
    const plainCpuStart = process.cpuUsage();
    await inParallel(size, WORKERS, () => insertPlain(pool, templates.departed[plainNext++ % templates.departed.length]!));
    const s = now() - start;
    const plainUsed = process.cpuUsage(plainCpuStart);
    plainCpu += (plainUsed.user + plainUsed.system) / 1e6;
    commandSeconds += c;
    plainSeconds += s;
    done += size;
    console.log(
      `  ${String(round * 10).padStart(3)}%  ${fmt(done).padStart(9)} cases  command layer ${fmt(size / c).padStart(6)}/s  plain ${fmt(size / s).padStart(6)}/s  (load ${load()})`,
    );
  }
  console.log(
    `  Node's CPU: the command layer ${ms(commandCpu / count)} a case (${((commandCpu / commandSeconds) * 100).toFixed(0)}% of one core while it ran), ` +
      `the plain inserts ${ms(plainCpu / count)} a case; the server and the machine's other work share the ${availableParallelism()} cores.`,
  );
  console.log(`  Per command, with ${WORKERS} concurrent (a command refused for a transaction conflict is sent again):`);
  for (const [name, t] of commandTimes) {
    console.log(`    ${name.padEnd(36)} mean ${ms(t.seconds / t.count).padStart(10)}   sent again ${fmt(t.conflicts).padStart(6)} times`);
  }
  const aborted = Number((await pool.query('SELECT xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()')).rows[0].n);
  console.log(`  Transactions rolled back by the server in the whole run so far (serialization failures and retries): ${fmt(aborted)}`);
  return {
    commands: measured('command layer (5 commands per case)', count, commandSeconds),
    plain: measured('plain SQL inserts (1 transaction per case)', count, plainSeconds),
  };
}

// ------------------------------------------------------------------------------------- part 2: the reads

/** Fills `cases` to `target` rows from the templates, in chunks, printing progress. */
async function fill(pool: pg.Pool, templates: Templates, target: number): Promise<void> {
  console.log('\nPart 2: filling the cases table');
  // The mix of states: opened 40 %, applied 15 %, granted 10 %, travel arranged 5 %, departed 30 %.
  const weights = [8, 3, 2, 1, 6];
  await fillGeneratedCases(pool, { templateIds: weights.flatMap((w, stage) => templates.byStage[stage]!.slice(0, w)), target, prefix: 'RT-B' });
  const started2 = now();
  await pool.query('VACUUM ANALYZE cases');
  const size = (await pool.query("SELECT pg_size_pretty(pg_total_relation_size('cases')) AS size, avg(pg_column_size(state))::int AS state FROM cases"))
    .rows[0];
  console.log(
    `  VACUUM ANALYZE in ${(now() - started2).toFixed(0)} s; the cases table with its indexes and TOAST: ${size.size}; a state document: ${fmt(size.state)} bytes stored (compressed) on average`,
  );
}

interface Latencies {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

function summary(label: string, sorted: readonly number[]): Latencies {
  const l = { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1]! };
  console.log(
    `  ${label.padEnd(52)} p50 ${ms(l.p50).padStart(10)}   p99 ${ms(l.p99).padStart(10)}   max ${ms(l.max).padStart(10)}   (${fmt(sorted.length)} requests)`,
  );
  return l;
}

async function reads(
  store: Store,
  pool: pg.Pool,
  url: string,
  p: Principals,
  samples: number,
): Promise<{ results: Measured[]; ratios: Parameters<typeof report>[2] }> {
  const ids: string[] = (await pool.query('SELECT id FROM cases ORDER BY random() LIMIT $1', [samples])).rows.map((r: { id: string }) => r.id);
  const overdue = listFilters.parse({ overdue: 'true', limit: 50 });
  const listRuns = Math.max(100, Math.round(samples / 10));
  const page = await listCases(store.db, p.police, overdue);
  const overdueCount = Number(
    (
      await pool.query(
        `SELECT count(*) AS n FROM cases WHERE status = 'open' AND (deadline < current_date OR deadline IS NULL)
        AND deferral_status NOT IN ('requested', 'granted') AND appeal_status <> 'reversed' AND forced_status <> 'executed'`,
      )
    ).rows[0].n,
  );
  console.log(`\n  Latency, one request at a time (the police's overdue list holds ${fmt(overdueCount)} cases; its first page ${page.items.length}):`);
  // Warm up: every sampled case read once (so that neither series pays for reading them from disk), and
  // each kind of request a few times.
  for (const id of ids) await pool.query('SELECT version, state FROM cases WHERE id = $1', [id]);
  for (const id of ids.slice(0, 50)) await getCase(store.db, p.police, id, 'benchmark');
  for (let n = 0; n < 10; n++) await listCases(store.db, p.police, overdue);

  const plain = summary(
    'plain SELECT version, state FROM cases WHERE id = $1',
    await latencies('plain SELECT', ids, (id) => pool.query('SELECT version, state FROM cases WHERE id = $1', [id])),
  );
  const fetch = summary('getCase() as the police (with its audit row)', await latencies('getCase', ids, (id) => getCase(store.db, p.police, id, 'benchmark')));
  const list = summary(
    'listCases(overdue, limit 50) as the police, page 1',
    await latencies('overdue list', Array.from({ length: listRuns }), () => listCases(store.db, p.police, overdue)),
  );

  if (fetch.p99 > LATENCY_GOAL_SECONDS) {
    const [select] = await capturedSql(url, (db) => getCase(db, p.police, ids[0]!, 'benchmark'));
    if (select) console.log(`\n  getCase() missed the goal. Its SELECT, EXPLAIN ANALYZE:\n${await explain(pool, select)}`);
  }
  if (list.p99 > LATENCY_GOAL_SECONDS) {
    const [query] = await capturedSql(url, (db) => listCases(db, p.police, overdue));
    if (query) {
      console.log(`\n  The overdue list missed the goal. Its query:\n      ${query.sql}\n      parameters: ${JSON.stringify(query.parameters)}`);
      console.log(`  EXPLAIN ANALYZE:\n${await explain(pool, query)}`);
    }
  }
  const goal = latency('goal: p99 20 ms (as 1 / latency)', LATENCY_GOAL_SECONDS);
  const results = [
    latency('plain SELECT by id, p99 (as 1 / latency)', plain.p99),
    latency('getCase(), p99 (as 1 / latency)', fetch.p99),
    latency('overdue list page 1, p99 (as 1 / latency)', list.p99),
    goal,
  ];
  return {
    results,
    ratios: [
      { label: 'getCase p99 / plain SELECT p99', of: results[0]!, to: results[1]! },
      { label: '20 ms / getCase p99', of: results[1]!, to: goal, goal: 1 },
      { label: '20 ms / overdue list p99', of: results[2]!, to: goal, goal: 1 },
    ],
  };
}

// -------------------------------------------------------------------------------------------------- run

/**
 * `scale` sets both parts (1: 100,000 cases written, 1,000,000 stored); `writeScale` sets the writes apart,
 * so that the reads on a full table can be measured without first writing 100,000 cases (`cases-reads`).
 */
export async function run(scale = 1, writeScale = scale): Promise<boolean> {
  const count = Math.max(ROUNDS, Math.round(100_000 * writeScale));
  const stored = Math.max(count + 1000, Math.round(1_000_000 * scale));
  console.log(
    `\n# Case work on PostgreSQL (issue 3), scale ${scale}: ${fmt(count)} cases written, ${fmt(stored)} stored for the reads. Load average ${load()}`,
  );
  const started = await startTestPostgres();
  if (!started.ok) throw new Error(`The benchmark needs a PostgreSQL server: ${started.reason}`);
  const server = started.server;
  let store: Store | undefined;
  const pool = new pg.Pool({ connectionString: server.url, max: WORKERS });
  try {
    console.log(`${server.version} (throwaway: fsync off, synchronous_commit on), Node ${process.version}`);
    store = await openDatabase({ databaseUrl: server.url });
    await migrate(store);
    const principals = await createPrincipals(store);
    const { templates, next } = await warmUp(store, pool, principals, 0);
    const { commands, plain } = await writes(store, pool, principals, count, templates, next);
    const writesOk = report(
      'Assisted return through the command layer vs plain inserts (issue 3)',
      [plain, commands],
      [{ label: 'command layer / plain', of: commands, to: plain, goal: 1 / 4 }],
    );
    await fill(pool, templates, stored);
    const { results, ratios } = await reads(store, pool, server.url, principals, Math.max(500, Math.round(5000 * scale)));
    const readsOk = report(`Reading with ${fmt(stored)} cases stored (issue 3)`, results, ratios);
    console.log(`\nLoad average at the end: ${load()}`);
    return writesOk && readsOk;
  } finally {
    await store?.close();
    await pool.end();
    await server.stop();
  }
}
