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

// The rule commands and the help run from one bundled file (dist/rules-cli/, made by the build): they start in
// about half the time. Every other command runs from the compiled files, so that no process loads both.
const [first] = process.argv.slice(2);
const compiled =
  first === undefined || first === 'check' || first === 'support' || first === 'help' || /^-(h|V|-help|-version)$/.test(first)
    ? '../dist/rules-cli/main.js'
    : '../dist/cli/main.js';

if (process.env.NODE_ENV === 'production') {
  if (builtAt(root) === undefined) {
    process.stderr.write('retur: NODE_ENV=production runs the build in dist/, and there is none: run npm run build first.\n');
    process.exit(1);
  }
  await import(compiled);
} else if (distIsFresh(root)) {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
