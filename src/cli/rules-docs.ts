/**
 * docs/rules.md, generated from the rules themselves so that a caseworker can read what the code does:
 * each rule set, its definitions as exception trees (Catala's view), every rule with the sentence it
 * implements, what it tells the person (its message in English and bokmål, read from the catalogues of
 * src/i18n), and every dated parameter value with its source. `npx retur docs rules --write` writes it;
 * a test fails when the file is stale. It lives outside src/rules/ because it reads the catalogues, and the
 * rules import nothing.
 */
import { ruleSets, type AnyRuleSet } from '../rules/index.ts';
import { documents, type DocumentId } from '../rules/sources.ts';
import type { AnyDefinition } from '../rules/engine/ruleset.ts';
import type { Source } from '../rules/engine/source.ts';
import type { Parameter } from '../rules/engine/parameter.ts';
import { messageText, translateKey } from '../i18n/format.ts';
import { isRuleMessage } from '../i18n/rule-texts.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function formatValue(value: unknown): string {
  if (value === null) return '*(ends)*';
  if (isRuleMessage(value)) return `“${translateKey('en', value.key, value.params)}” (\`${value.key}\`)`;
  if (Array.isArray(value)) return value.length === 0 ? '*(none)*' : value.map((v) => formatValue(v)).join(', ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${formatValue(v)}`)
      .join('; ');
  return String(value);
}

function citation(source: Source): string {
  const doc = documents[source.document as DocumentId];
  const title = doc ? `${doc.publisher}: *${doc.title}*` : source.document;
  const where = source.url ? ` (<${source.url}>)` : 'file' in (doc ?? {}) ? ` (\`docs/sources/${(doc as { file: string }).file}\`)` : '';
  const note = source.note ? `\n  Note: ${source.note}` : '';
  return `> ${source.quote.replace(/\n/g, ' ')}\n\n  — ${title}${where}${note}`;
}

function exceptionTree(definition: AnyDefinition): string[] {
  type R = (typeof definition.rules)[number];
  const rules = definition.rules;
  const targets = (r: R) => rules.filter((t) => (r.exceptionTo ?? []).some((x) => x === t.id || (t.label !== undefined && x === t.label)));
  const below = (a: R, b: R): boolean => targets(a).some((t) => t === b || below(t, b));
  // A rule is drawn under its nearest targets only: a target that another of its targets is already an
  // exception to is implied by the tree (IP under Dublin, not under Dublin and asylum and…).
  const parents = (r: R) => targets(r).filter((t) => !targets(r).some((other) => other !== t && below(other, t)));
  // An exception to a label is an exception to every rule with that label: draw it once, under the first of
  // them, and say so.
  const drawnUnder = (child: R, rule: R) => {
    const ps = parents(child);
    if (!ps.includes(rule)) return false;
    return rule.label === undefined || ps.find((p) => p.label === rule.label) === rule;
  };
  const lines: string[] = [];
  const walk = (rule: R, depth: number, via?: string) => {
    const all = via ? ` (an exception to every rule labelled [${via}])` : '';
    lines.push(`${'  '.repeat(depth)}- \`${rule.id}\`${rule.label ? ` [${rule.label}]` : ''}${all}: ${rule.description}`);
    for (const child of rules) {
      if (!drawnUnder(child, rule)) continue;
      const byLabel = rule.label !== undefined && (child.exceptionTo ?? []).includes(rule.label) && rules.filter((r) => r.label === rule.label).length > 1;
      walk(child, depth + 1, byLabel ? rule.label : undefined);
    }
  };
  for (const root of rules.filter((r) => targets(r).length === 0)) walk(root, 0);
  return lines;
}

function parameterSection(parameter: Parameter<unknown>): string[] {
  const lines = [`#### \`${parameter.id}\``, '', `${parameter.description} (${parameter.unit}).`, '', '| in force from | value | source |', '|---|---|---|'];
  for (const v of parameter.values) {
    const doc = documents[v.source.document as DocumentId];
    const src = `${doc ? doc.title : v.source.document}: “${v.source.quote}”${v.source.url ? ` <${v.source.url}>` : ''}${v.source.note ? ` (${v.source.note})` : ''}`;
    lines.push(`| ${v.from} | ${cell(formatValue(v.value))} | ${cell(src)} |`);
  }
  lines.push('');
  return lines;
}

function ruleSetSection(ruleSet: AnyRuleSet): string[] {
  const lines = [
    `## ${ruleSet.title}`,
    '',
    ruleSet.description,
    '',
    `- Rule set id: \`${ruleSet.id}\``,
    `- API: \`POST /api/v1/rules/${ruleSet.path}\``,
    `- CLI: \`npx retur ${ruleSet.command.join(' ')} FILE\``,
    `- Test cases: ${ruleSet.cases.length}`,
    '',
  ];
  for (const definition of ruleSet.definitions) {
    lines.push(
      `### Definition \`${definition.id}\``,
      '',
      definition.description,
      '',
      'Exception tree (an indented rule is an exception to the rule above it and wins when it applies):',
      '',
    );
    lines.push(...exceptionTree(definition), '');
    for (const rule of definition.rules) {
      const key = rule.key ?? `rules.${rule.id}`;
      lines.push(`#### \`${rule.id}\``, '', rule.description, '');
      lines.push(`Tells the person (\`${key}\`): “${messageText('en', key)}”`, '', `In bokmål: “${messageText('nb', key)}”`, '');
      if (rule.exceptionTo?.length) lines.push(`Exception to: ${rule.exceptionTo.map((t) => `\`${t}\``).join(', ')}`, '');
      if (rule.reads?.length) lines.push(`Reads: ${rule.reads.map((r) => `\`${r}\``).join(', ')}`, '');
      for (const source of rule.source) lines.push(citation(source), '');
    }
  }
  if (ruleSet.parameters.length > 0) {
    lines.push('### Parameters', '');
    for (const parameter of ruleSet.parameters) lines.push(...parameterSection(parameter));
  }
  return lines;
}

export function rulesMarkdown(): string {
  const lines = [
    '# The rules, as the code has them',
    '',
    '<!-- Generated by `npx retur docs rules --write` from src/rules/. Do not edit by hand: a test fails when this file is stale. -->',
    '',
    'Every answer Retur gives is computed by these rules as of a date. A rule applies when its condition holds; an',
    'exception to it wins when the exception applies too; two rules that apply at the same level with different',
    'effects are an error (`RULES_CONFLICT`), never settled by order. Parameters are dated: asking for a date they',
    'do not cover is an error (`RULES_PARAM_NOT_IN_FORCE`), never the last known value.',
    '',
    '## Contents',
    '',
    ...ruleSets.map(
      (r) =>
        `- [${r.title}](#${r.title
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-')})`,
    ),
    '',
  ];
  for (const ruleSet of ruleSets) lines.push(...ruleSetSection(ruleSet));
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
