import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The package version (tied to the rules: a rate change is a patch, a new rule minor, a removed rule major). */
export const version: string = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).version;
