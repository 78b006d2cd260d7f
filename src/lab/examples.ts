/**
 * The example reforms (examples/reforms/*.json), for the console's form: each file's name and the reform's
 * own name. The directory is read once; without it (an image that left it out) there are no examples.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ExampleReform {
  /** The file's name without `.json`: the form's value. */
  readonly id: string;
  /** The reform's `name`. */
  readonly name: string;
  readonly text: string;
}

const DIR = new URL('../../examples/reforms/', import.meta.url);
let examples: readonly ExampleReform[] | undefined;

export function exampleReforms(): readonly ExampleReform[] {
  if (examples) return examples;
  try {
    examples = readdirSync(DIR)
      .filter((f) => /^[a-z0-9-]+\.json$/.test(f))
      .sort()
      .map((file) => {
        const text = readFileSync(new URL(file, DIR), 'utf8');
        const name = (JSON.parse(text) as { name?: unknown }).name;
        return { id: file.slice(0, -'.json'.length), name: typeof name === 'string' ? name : file, text };
      });
  } catch {
    examples = [];
  }
  return examples;
}
