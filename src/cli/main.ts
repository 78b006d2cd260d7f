/**
 * The `retur` command line (bin/retur.js runs this, compiled or through tsx). The commands are in
 * program.ts; each loads what it needs when it runs.
 */
import { runCli } from './program.ts';

await runCli(process.argv.slice(2));
