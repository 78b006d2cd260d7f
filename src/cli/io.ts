/**
 * Input and output for commands: JSON from a file or standard input, JSON to standard output, problems
 * to standard error with exit code 2 for bad input (1 for a bug).
 */
import { readFile } from 'node:fs/promises';
import { codedError } from '../api/problem.ts';
import { ReturError, toProblem } from '../shared/errors.ts';

export async function readText(file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new ReturError('REQUEST_INVALID', 'Give a FILE, or - and JSON on standard input.');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new ReturError('REQUEST_INVALID', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ReturError('REQUEST_MALFORMED_JSON', `The input is not valid JSON: ${(error as Error).message}`);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** A command used where it cannot run (a port in use, …): one line on standard error, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Prints the problem for an error to standard error and sets the exit code: 2 for bad input and a wrong
 * environment variable (CONFIG_INVALID), 1 otherwise.
 * A usage error (and a PGlite data directory another process holds) is one line, not a problem.
 */
export function fail(error: unknown): void {
  if (error instanceof UsageError || (error instanceof ReturError && error.code === 'STORE_DATA_DIR_IN_USE')) {
    process.stderr.write(`retur: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const problem = toProblem(codedError(error) ?? error);
  process.stderr.write(JSON.stringify(problem, null, 2) + '\n');
  // A wrong environment is the caller's to fix, as a wrong option is.
  if (error instanceof ReturError && error.code === 'CONFIG_INVALID') {
    process.exitCode = 2;
    return;
  }
  // A coded error explains itself (a wrong configuration, a database that cannot be reached); anything else is a bug.
  if (problem.status >= 500 && !(error instanceof ReturError)) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = problem.status < 500 ? 2 : 1;
}
