/**
 * Crash durability over HTTP (issue 10): `retur serve` runs as a child process on a PGlite data directory or
 * a PostgreSQL database, four clients drive case writes through the API (opening cases, and recording
 * documents with and without an uploaded file and an Idempotency-Key, so each of the command layer's write
 * paths runs), and the server is killed with SIGKILL in the middle of the stream. Restarted on the same
 * database, every write it acknowledged (a 2xx with its ETag) is there, and nothing is half-written: for
 * every case, its version, its events, its change audit rows, the documents of its projection and the files
 * beside them agree. The durability test of the store (durability.test.ts) does the same below HTTP.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase, newPGliteDataDir } from './support/databases.ts';
import { startServer, type RunningServer, type ServeOptions } from './support/retur-server.ts';
import { openDatabase } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { createUser } from '../src/cases/accounts.ts';

const household = [{ name: 'Crash Test', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' }];
const decision = { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2099-12-31', notifiedOn: '2026-01-12' };
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('a tiny png for the crash test')]).toString('base64');

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

async function signIn(server: RunningServer): Promise<Session> {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'udi.crash', password: 'crash-test-password' }),
  });
  expect(login.status, await login.clone().text()).toBe(200);
  return { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}

/** What the server acknowledged: the case, and the document the write added (none for the opening). */
interface Ack {
  readonly caseId: string;
  readonly documentId: string | null;
  readonly etag: string;
}

/** One client: opens a case, then records documents on it, one write at a time, until the server dies. */
async function client(server: RunningServer, session: Session, n: number, acks: Ack[], killing: { now: boolean }): Promise<void> {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf, ...headers },
      body: JSON.stringify(body),
    });
  try {
    const opened = await post('/api/v1/cases', { household, decision });
    if (opened.status !== 201) throw new Error(`open: ${opened.status} ${await opened.text()}`);
    const { case: doc } = (await opened.json()) as { case: { id: string } };
    let etag = opened.headers.get('etag') ?? '';
    acks.push({ caseId: doc.id, documentId: null, etag });
    for (let i = 0; ; i++) {
      const upload = (i + n) % 2 === 0;
      const keyed = (i + n) % 3 === 0;
      const answer = await post(
        `/api/v1/cases/${doc.id}/actions/case.record-document`,
        upload
          ? { kind: 'passport', status: 'uploaded', content: { mediaType: 'image/png', base64: png } }
          : { kind: 'own-letter', status: 'will-send-later', description: `write ${i}` },
        { 'if-match': etag, ...(keyed ? { 'idempotency-key': randomUUID() } : {}) },
      );
      if (answer.status !== 200) throw new Error(`record-document: ${answer.status} ${await answer.text()}`);
      const body = (await answer.json()) as { case: { documents: { id: string }[] } };
      etag = answer.headers.get('etag') ?? '';
      acks.push({ caseId: doc.id, documentId: body.case.documents.at(-1)?.id ?? '', etag });
    }
  } catch (error) {
    // The server was killed under this client: a refused connection or a reset is expected then.
    if (!killing.now && server.child.exitCode === null && server.child.signalCode === null) throw error;
  }
}

/** What the restarted server shows of each case: the ids of its documents. */
type ReadBack = Map<string, readonly string[]>;

/**
 * The scenario, run once per database before its tests: a migrated database with one account, a server, four clients writing until 40
 * writes are acknowledged, SIGKILL, a second server on the same database, each case read back over HTTP,
 * and the second server stopped (on PGlite the test then opens the directory itself).
 */
async function killMidStream(target: ServeOptions['database']): Promise<{ acks: Ack[]; readBack: ReadBack }> {
  // The account is made in this process (a `retur users add` would be one more start of the CLI).
  const setup = await openDatabase(target);
  try {
    await migrate(setup);
    await createUser(setup.db, { username: 'udi.crash', displayName: 'Crash Test', role: 'udi', password: 'crash-test-password' });
  } finally {
    await setup.close();
  }
  const first = await startServer({ database: target });
  const acks: Ack[] = [];
  // Set before the SIGKILL: from then on a reset connection is what the clients should get.
  const killing = { now: false };
  let clients: Promise<void[]> = Promise.resolve([]);
  try {
    const session = await signIn(first);
    clients = Promise.all([0, 1, 2, 3].map((n) => client(first, session, n, acks, killing)));
    // Kill it mid-stream, once 40 writes are acknowledged (a client that fails first ends the wait: its error is the test's).
    let settled = false;
    void clients.then(
      () => (settled = true),
      () => (settled = true),
    );
    while (acks.length < 40 && !settled) await new Promise((resolve) => setTimeout(resolve, 5));
  } finally {
    killing.now = true;
    await first.kill();
  }
  await clients;

  // Restarted on the same database (on PGlite, the directory the killed server left).
  const second = await startServer({ database: target });
  const readBack: ReadBack = new Map();
  try {
    const session = await signIn(second);
    for (const caseId of new Set(acks.map((a) => a.caseId))) {
      const read = await fetch(`${second.url}/api/v1/cases/${caseId}?why=crash%20test`, { headers: { cookie: session.cookie } });
      if (read.status !== 200) throw new Error(`reading ${caseId} after the restart: ${read.status} ${await read.text()}`);
      const { case: doc } = (await read.json()) as { case: { documents: { id: string }[] } };
      readBack.set(
        caseId,
        doc.documents.map((d) => d.id),
      );
    }
  } finally {
    await second.stop();
  }
  return { acks, readBack };
}

forEachDatabase((database) => {
  describe('retur serve killed with SIGKILL in the middle of a stream of writes over HTTP, and started again', () => {
    let target: ServeOptions['database'];
    let acks: Ack[];
    let readBack: ReadBack;
    beforeAll(async () => {
      target = database.kind === 'pglite' ? { dataDir: await newPGliteDataDir() } : { databaseUrl: (await database.open()).url ?? '' };
      ({ acks, readBack } = await killMidStream(target));
    });

    it('has every write it acknowledged (a 2xx), and at most the one in flight beyond them', () => {
      expect(acks.length).toBeGreaterThanOrEqual(40);
      const byCase = new Map<string, Ack[]>();
      for (const ack of acks) byCase.set(ack.caseId, [...(byCase.get(ack.caseId) ?? []), ack]);
      expect(readBack.size).toBe(byCase.size);
      for (const [caseId, caseAcks] of byCase) {
        const documents = new Set(readBack.get(caseId));
        for (const ack of caseAcks) if (ack.documentId !== null) expect(documents.has(ack.documentId), `${caseId}: ${ack.documentId}`).toBe(true);
        // Each client writes one at a time: at most the write in flight when the server died committed unacknowledged.
        expect(documents.size - (caseAcks.length - 1), caseId).toBeLessThanOrEqual(1);
      }
    });

    it('left nothing half-written: for every case its version, events, change audit rows, documents and files agree', async () => {
      const store = await openDatabase(target);
      try {
        const rows = await sql<{
          id: string;
          version: number;
          events: number;
          max_sequence: number;
          changes: number;
          documents: number;
          recorded: number;
          uploaded: number;
          files: number;
        }>`
          SELECT c.id, c.version::int,
                 (SELECT count(*)::int FROM events e WHERE e.case_id = c.id) AS events,
                 (SELECT coalesce(max(sequence), 0)::int FROM events e WHERE e.case_id = c.id) AS max_sequence,
                 (SELECT count(*)::int FROM audit a WHERE a.case_id = c.id AND a.action = 'change') AS changes,
                 jsonb_array_length(c.state -> 'documents') AS documents,
                 (SELECT count(*)::int FROM events e WHERE e.case_id = c.id AND e.type <> (SELECT type FROM events f WHERE f.case_id = c.id AND f.sequence = 1)) AS recorded,
                 (SELECT count(*)::int FROM jsonb_array_elements(c.state -> 'documents') d WHERE d ->> 'status' = 'uploaded') AS uploaded,
                 (SELECT count(*)::int FROM document_files f WHERE f.case_id = c.id) AS files
            FROM cases c`.execute(store.db);
        expect(rows.rows.length).toBe(readBack.size);
        for (const row of rows.rows) {
          expect(row.events, row.id).toBe(row.version);
          expect(row.max_sequence, row.id).toBe(row.version);
          expect(row.changes, row.id).toBe(row.version);
          expect(row.documents, row.id).toBe(row.recorded);
          expect(row.files, row.id).toBe(row.uploaded);
        }
      } finally {
        await store.close();
      }
    });
  });
});
