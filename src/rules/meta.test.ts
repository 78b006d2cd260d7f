/**
 * Meta-tests over the rules, in Altinn's style: they check the rules as a whole, not one answer.
 * - every rule of every definition has a case where it decides and one where it does not;
 * - every rule's `reads` are exactly the facts its condition reads over the cases;
 * - every change date of every dated parameter a rule set reads has a case that reads it on that day and one on
 *   the day before;
 * - every quote from a seed document is really in that document (docs/sources/);
 * - every rule and every parameter value cites a source;
 * - src/rules/ imports nothing but itself, zod and temporal-polyfill.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleSets } from './index.ts';
import { tracesOf } from './testing.ts';
import { documents } from './sources.ts';
import { addDays } from './engine/dates.ts';
import { changeDates } from './engine/parameter.ts';
import { recordFactReads } from './engine/rule.ts';
import type { Source } from './engine/source.ts';
import type { DefinitionStep } from './engine/trace.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sourcesDir = resolve(here, '../../docs/sources');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every rule fires in some case and not in another', () => {
  for (const ruleSet of ruleSets) {
    // An exception a reform may add decides only under a reform that adds it.
    const runs = [...tracesOf(ruleSet), ...tracesOf(ruleSet, { addedExceptions: true })];
    for (const definition of ruleSet.definitions) {
      for (const rule of definition.rules) {
        it(`${ruleSet.id}: ${rule.id}`, () => {
          let fires = 0;
          let doesNot = 0;
          for (const run of runs) {
            for (const step of run.trace?.steps ?? []) {
              if (step.kind !== 'definition' || step.id !== definition.id) continue;
              const entry = (step as DefinitionStep).rules.find((r) => r.rule === rule.id);
              if (entry?.decisive) fires++;
              else doesNot++;
            }
          }
          expect(fires, `no case where ${rule.id} decides`).toBeGreaterThan(0);
          expect(doesNot, `no case where ${rule.id} does not decide`).toBeGreaterThan(0);
        });
      }
    }
  }
});

describe('every rule declares the facts its condition reads, no more and no fewer', () => {
  // What each rule's condition touched over every case of its rule set (conditions short-circuit, so the union).
  const touched = new Map<string, Set<string>>();
  recordFactReads((definition, rule, facts) => {
    const key = `${definition} ${rule}`;
    const set = touched.get(key) ?? new Set<string>();
    for (const fact of facts) set.add(fact);
    touched.set(key, set);
  });
  try {
    for (const ruleSet of ruleSets) {
      tracesOf(ruleSet);
      tracesOf(ruleSet, { addedExceptions: true });
    }
  } finally {
    recordFactReads(undefined);
  }
  for (const ruleSet of ruleSets) {
    for (const definition of ruleSet.definitions) {
      for (const rule of definition.rules) {
        it(`${ruleSet.id}: ${rule.id}`, () => {
          const read = [...(touched.get(`${definition.id} ${rule.id}`) ?? [])].sort();
          expect([...(rule.reads ?? [])].sort(), `${rule.id} reads ${read.join(', ') || 'nothing'}`).toEqual(read);
        });
      }
    }
  }
});

describe('every parameter change has cases on the day and the day before', () => {
  it('parameter ids are unique across rule sets, or the same parameter', () => {
    const seen = new Map<string, unknown>();
    for (const ruleSet of ruleSets) {
      for (const parameter of ruleSet.parameters) {
        expect(seen.get(parameter.id) ?? parameter, parameter.id).toBe(parameter);
        seen.set(parameter.id, parameter);
      }
    }
  });
  /**
   * Change dates of a shared parameter on which a rule set cannot read it, because a parameter it needs first
   * is not in force yet: there the cases only show that the rule set answers what it can on that day.
   */
  const unreadable: Record<string, Record<string, string>> = {
    'assisted-return-eligibility': {
      'countries.eu-eea-and-switzerland@2013-07-01': 'the exclusions that read it need the nationality lists, which start on 1 March 2020',
    },
  };
  for (const ruleSet of ruleSets) {
    const caseDates = new Set(tracesOf(ruleSet).map((run) => run.trace?.date));
    // Not the days the cases fall on but the days they read each parameter on (a ban's lengths are read on its
    // decision date, a registration's rule on the day of the registration).
    const readOn = new Set(tracesOf(ruleSet).flatMap((run) => (run.trace?.parameters ?? []).map((read) => `${read.parameter}@${read.date}`)));
    for (const parameter of ruleSet.parameters) {
      for (const day of changeDates(parameter)) {
        it(`${ruleSet.id}: ${parameter.id} changes on ${day}`, () => {
          if (unreadable[ruleSet.id]?.[`${parameter.id}@${day}`] !== undefined) {
            expect(caseDates.has(day) && caseDates.has(addDays(day, -1)), `no case of ${ruleSet.id} on ${day} and the day before`).toBe(true);
            return;
          }
          expect(readOn.has(`${parameter.id}@${day}`), `no case of ${ruleSet.id} reads ${parameter.id} on ${day}`).toBe(true);
          expect(readOn.has(`${parameter.id}@${addDays(day, -1)}`), `no case of ${ruleSet.id} reads ${parameter.id} on ${addDays(day, -1)}`).toBe(true);
        });
      }
    }
  }
});

function allSources(): { where: string; source: Source }[] {
  const out: { where: string; source: Source }[] = [];
  for (const ruleSet of ruleSets) {
    for (const definition of ruleSet.definitions) {
      for (const rule of definition.rules) for (const source of rule.source) out.push({ where: rule.id, source });
    }
    for (const parameter of ruleSet.parameters) {
      for (const value of parameter.values) out.push({ where: `${parameter.id}@${value.from}`, source: value.source });
    }
  }
  return out;
}

describe('sources', () => {
  it('every rule cites at least one source and every parameter value has one', () => {
    for (const ruleSet of ruleSets) {
      for (const definition of ruleSet.definitions) for (const rule of definition.rules) expect(rule.source.length, rule.id).toBeGreaterThan(0);
      for (const parameter of ruleSet.parameters) for (const value of parameter.values) expect(value.source.quote.length, parameter.id).toBeGreaterThan(0);
    }
  });

  it('every cited document is known', () => {
    for (const { where, source } of allSources()) expect(Object.keys(documents), where).toContain(source.document);
  });

  it('every quote from a seed document is word for word in that document', () => {
    const texts = new Map<string, string>();
    for (const { where, source } of allSources()) {
      const doc = documents[source.document as keyof typeof documents] as { file?: string };
      if (!doc?.file) continue;
      if (!texts.has(doc.file)) texts.set(doc.file, normalise(readFileSync(join(sourcesDir, doc.file), 'utf8')));
      expect(texts.get(doc.file), `${where} quotes "${source.quote}"`).toContain(normalise(source.quote));
    }
  });
});

describe('src/rules/ is pure', () => {
  const allowed = new Set(['zod', 'temporal-polyfill']);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(path);
    }
  };
  walk(here);
  it('imports only files inside src/rules/ and the allowed libraries', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        const spec = match[1]!;
        if (spec.startsWith('.')) {
          expect(resolve(dirname(file), spec).startsWith(here), `${file} imports ${spec}`).toBe(true);
        } else {
          expect(allowed.has(spec), `${file} imports ${spec}`).toBe(true);
        }
      }
    }
  });
  it('names nothing outside the repository: no notes file, no issue number (say what is meant)', () => {
    const all: string[] = [];
    const walkAll = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walkAll(path);
        else if (name.endsWith('.ts')) all.push(path);
      }
    };
    walkAll(here);
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      expect(/FACTS\.md|\bFACTS [a-h]\d|\b[Ii]ssue \d/.test(text), `${file} names something outside the repository`).toBe(false);
    }
  });
  it('never reads the clock', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(/new Date\(|Date\.now\(|Temporal\.Now/.test(text), `${file} reads the clock`).toBe(false);
    }
  });
});
