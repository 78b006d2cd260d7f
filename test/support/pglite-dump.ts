/**
 * Creating a PGlite database runs initdb inside WebAssembly: about 4 s and close to 1 GB. Loading the data
 * directory of one that was created before (`loadDataDir`) takes about 0.5 s. So the tests create one empty
 * PGlite database once per machine, dump its data directory to node_modules/.cache/retur-test/ (named by
 * the PGlite version, so an upgrade makes a new one), and every test file loads that.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Bump when the way the dump is made changes. */
const RECIPE = 1;

function pgliteVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') return manifest.version;
  throw new Error('Cannot read the version of @electric-sql/pglite');
}

/** The path of the dump of an empty PGlite database, made now if there is none. */
export async function emptyPGliteDump(): Promise<{ path: string; created: boolean }> {
  const dir = join(root, 'node_modules/.cache/retur-test');
  const path = join(dir, `pglite-${pgliteVersion()}-empty-r${RECIPE}.tgz`);
  if (existsSync(path)) return { path, created: false };
  mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create();
  const dump = await pglite.dumpDataDir('gzip');
  await pglite.close();
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path); // Atomic: a reader sees the whole dump or none.
  return { path, created: true };
}

export function readDump(path: string): Blob {
  return new Blob([readFileSync(path)]);
}
