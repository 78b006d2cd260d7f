/**
 * A reform file as the edges take it (the CLI's `--reform FILE`, the API's body): JSON or YAML, parsed with
 * the one schema (`reformSchema`, src/rules/reform.ts), then applied to the law and checked there. Bad input
 * is REQUEST_INVALID naming each field; a reform that does not fit the law is a RULES_REFORM_* problem
 * naming the change and the parameter or rule.
 */
import { parse as parseYaml } from 'yaml';
import { applyReform, reformSchema, type Reform } from '../rules/reform.ts';
import type { ReformedLaw } from '../rules/engine/reformed.ts';
import { ReturError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';

export interface LoadedReform {
  readonly reform: Reform;
  readonly law: ReformedLaw;
}

/** A reform from parsed JSON (an API body). */
export function loadReform(raw: unknown): LoadedReform {
  const reform = parseInput(reformSchema, raw, 'reform');
  return { reform, law: applyReform(reform) };
}

/** A reform from the text of a file: JSON, or YAML (JSON is YAML too, but its errors read better as JSON's). */
export function loadReformText(text: string, file = 'the reform'): LoadedReform {
  let raw: unknown;
  try {
    raw = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 0 });
  } catch (error) {
    throw new ReturError('REQUEST_MALFORMED_JSON', `${file} is neither valid JSON nor valid YAML: ${(error as Error).message}`);
  }
  return loadReform(raw);
}
