/**
 * A child process for the durability test (src/store/durability.test.ts): opens the database named by its
 * argument ({"dataDir": ...} or {"databaseUrl": ...}), then opens cases one transaction at a time and prints
 * `ack <case id>` after each commit, until it is killed. Whatever it acknowledged must be there afterwards.
 */
import { openDatabase } from '../../src/store/db.ts';
import { createCase } from '../../src/store/events.ts';
import { migrate } from '../../src/store/migrate.ts';
import { withTransaction } from '../../src/store/transaction.ts';

const target: unknown = JSON.parse(process.argv[2] ?? '{}');
const options =
  typeof target === 'object' && target !== null && 'dataDir' in target && typeof target.dataDir === 'string'
    ? { dataDir: target.dataDir }
    : typeof target === 'object' && target !== null && 'databaseUrl' in target && typeof target.databaseUrl === 'string'
      ? { databaseUrl: target.databaseUrl }
      : undefined;
if (options === undefined) throw new Error('usage: crash-writer.ts {"dataDir": ...} | {"databaseUrl": ...}');

const store = await openDatabase(options);
await migrate(store);
process.stdout.write('ready\n');
for (let i = 1; ; i++) {
  const created = await withTransaction(store.db, (trx) =>
    createCase(trx, { kind: 'durability', status: 'written', actor: { id: 'crash-writer', role: 'admin' }, events: [{ type: 'Written', payload: { i } }] }),
  );
  // Writing to a pipe is synchronous on Linux: the parent reads this only after the commit returned.
  process.stdout.write(`ack ${created.case.id}\n`);
}
