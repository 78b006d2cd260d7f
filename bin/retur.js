#!/usr/bin/env node
// The `retur` command. It runs the compiled JavaScript in dist/ (`npm run build`, which `npm install` runs)
// when that build is newer than every file under src/, and otherwise the TypeScript sources through tsx:
// a clone works with no build step and never runs code older than its sources. With NODE_ENV=production it
// runs dist/ only, without tsx (src/ need not be there).
import module from 'node:module';
import { builtAt, distIsFresh } from './fresh.js';

// Node 22.1 and later keep compiled code between runs (a no-op where it does not exist, as on Node 20).
module.enableCompileCache?.();

const root = new URL('../', import.meta.url);

if (process.env.NODE_ENV === 'production') {
  if (builtAt(root) === undefined) {
    process.stderr.write('retur: NODE_ENV=production runs the build in dist/, and there is none: run npm run build first.\n');
    process.exit(1);
  }
  await import('../dist/cli/main.js');
} else if (distIsFresh(root)) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
