/**
 * The walls between the folders of src/ hold: for each folder, an import it may not make is refused by the
 * linter (eslint.config.js, `no-restricted-imports`) and an import it may make is not. The table below is the
 * direction of the architecture (src/main/README.md), written apart from the lint configuration, so that a wall
 * taken out of the configuration, or one that refuses everything, fails here. `npm run lint` then holds the
 * real imports to the walls. And the statistics read the tables the case work keeps for them, never its
 * documents or its events through SQL on JSON (a renamed field of the case model would change published figures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

interface Probe {
  /** The file that imports, in src/ (it need not exist). */
  readonly file: string;
  /** What it imports, as it would write it. */
  readonly from: string;
}

/** Imports each folder may not make: one into every folder it must not reach. */
const refused: readonly Probe[] = [
  // rules/ is pure law as code: no I/O and nothing else of the project.
  ...['cases', 'store', 'api', 'web', 'cli', 'statistics', 'i18n', 'lab', 'main', 'shared'].map((f) => ({ file: 'src/rules/probe.ts', from: `../${f}/x.ts` })),
  { file: 'src/rules/departure/probe.ts', from: '../../cases/x.ts' },
  { file: 'src/rules/probe.ts', from: 'node:fs' },
  // shared/ imports none of the folders.
  ...['rules', 'store', 'i18n', 'cases', 'statistics', 'lab', 'api', 'web', 'main', 'cli'].map((f) => ({ file: 'src/shared/probe.ts', from: `../${f}/x.ts` })),
  // store/ imports only shared/.
  ...['rules', 'i18n', 'cases', 'statistics', 'lab', 'api', 'web', 'main', 'cli'].map((f) => ({ file: 'src/store/probe.ts', from: `../${f}/x.ts` })),
  // i18n/ imports only rules/ and shared/.
  ...['store', 'cases', 'statistics', 'lab', 'api', 'web', 'main', 'cli'].map((f) => ({ file: 'src/i18n/probe.ts', from: `../${f}/x.ts` })),
  // cases/ asks the rules and writes through the store: no statistics, no edge, not the composition root.
  ...['statistics', 'lab', 'api', 'web', 'main', 'cli'].map((f) => ({ file: 'src/cases/probe.ts', from: `../${f}/x.ts` })),
  { file: 'src/cases/processes/probe.ts', from: '../../statistics/x.ts' },
  // …and asks the rules through a rule set: it reads no parameter and evaluates no rule itself.
  { file: 'src/cases/processes/probe.ts', from: '../../rules/engine/parameter.ts' },
  { file: 'src/cases/probe.ts', from: '../rules/engine/context.ts' },
  { file: 'src/cases/probe.ts', from: '../rules/engine/rule.ts' },
  // statistics/ reads the store, never the case work or an edge.
  ...['cases', 'i18n', 'lab', 'api', 'web', 'main', 'cli'].map((f) => ({ file: 'src/statistics/probe.ts', from: `../${f}/x.ts` })),
  // lab/ is called by the edges.
  ...['cases', 'api', 'web', 'main', 'cli'].map((f) => ({ file: 'src/lab/probe.ts', from: `../${f}/x.ts` })),
  // The two HTTP edges do not import each other, the CLI or the composition root.
  ...['web', 'main', 'cli'].map((f) => ({ file: 'src/api/probe.ts', from: `../${f}/x.ts` })),
  ...['api', 'main', 'cli'].map((f) => ({ file: 'src/web/probe.ts', from: `../${f}/x.ts` })),
  { file: 'src/web/console/probe.ts', from: '../../api/x.ts' },
  // The statistics pages read the figures, never the case work; the problem mapping needs only the catalogue.
  { file: 'src/web/statistics/probe.ts', from: '../../cases/x.ts' },
  { file: 'src/api/problem.ts', from: '../store/x.ts' },
  { file: 'src/api/problem.ts', from: '../cases/x.ts' },
  // main/ is imported only by the CLI.
  { file: 'src/main/probe.ts', from: '../cli/x.ts' },
  // The CLI gets the pages it prints from the composition root, not from the pages.
  { file: 'src/cli/probe.ts', from: '../web/x.ts' },
  { file: 'src/cli/probe.ts', from: '../web/lab/page.ts' },
  { file: 'src/cli/probe.ts', from: '../web/statistics/page.ts' },
];

/** Imports each folder may make: a wall that refused these would be no direction, only a stop. */
const allowed: readonly Probe[] = [
  { file: 'src/rules/probe.ts', from: './engine/x.ts' },
  { file: 'src/store/probe.ts', from: '../shared/x.ts' },
  { file: 'src/i18n/probe.ts', from: '../rules/x.ts' },
  ...['rules', 'store', 'shared', 'i18n'].map((f) => ({ file: 'src/cases/probe.ts', from: `../${f}/x.ts` })),
  { file: 'src/cases/processes/probe.ts', from: '../../rules/re-entry/re-entry.ts' },
  ...['rules', 'store', 'shared'].map((f) => ({ file: 'src/statistics/probe.ts', from: `../${f}/x.ts` })),
  { file: 'src/lab/probe.ts', from: '../statistics/x.ts' },
  ...['cases', 'statistics', 'lab', 'i18n'].map((f) => ({ file: 'src/api/probe.ts', from: `../${f}/x.ts` })),
  ...['cases', 'statistics', 'lab', 'i18n'].map((f) => ({ file: 'src/web/probe.ts', from: `../${f}/x.ts` })),
  { file: 'src/web/statistics/probe.ts', from: '../../statistics/x.ts' },
  { file: 'src/api/problem.ts', from: '../shared/x.ts' },
  ...['api', 'web', 'cases', 'statistics'].map((f) => ({ file: 'src/main/probe.ts', from: `../${f}/x.ts` })),
  ...['main', 'api', 'cases', 'statistics', 'lab', 'rules'].map((f) => ({ file: 'src/cli/probe.ts', from: `../${f}/x.ts` })),
];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
});

/** The linter's no-restricted-imports messages for a file that makes one import. */
async function refusals({ file, from }: Probe): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the linter refuses an import against the direction of the architecture', () => {
  it.each(refused.map((p) => [p.file, p.from, p] as const))('%s importing %s', async (_file, _from, probe) => {
    expect(await refusals(probe)).not.toEqual([]);
  });
});

describe('the linter lets a folder import the folders below it', () => {
  it.each(allowed.map((p) => [p.file, p.from, p] as const))('%s importing %s', async (_file, _from, probe) => {
    expect(await refusals(probe)).toEqual([]);
  });
});

describe('the statistics read the tables the case work keeps for them', () => {
  const dir = new URL('../src/statistics/', import.meta.url).pathname;
  const sources = readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
  /** What reads the case work's own record: its documents and event log by table, or a JSON path into them. */
  const caseInternals = [
    /selectFrom\(\s*['"](?:cases|events)\b/,
    /\b(?:FROM|JOIN)\s+(?:cases|events)\b/i,
    /\b(?:state|payload)\s*->/,
    /->>?\s*'(?:assistedReturn|forcedReturn|household|decision|departure)'/,
  ];
  it('has sources to check', () => expect(sources.length).toBeGreaterThan(5));
  it.each(sources)('%s reads no case document, no event and no JSON path into them', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    for (const pattern of caseInternals) expect(text, `${name} matches ${pattern}`).not.toMatch(pattern);
  });
});

/**
 * A dated parameter is read inside src/rules/, where the read is traced with its source (`ctx.param`). Outside,
 * only the files below may read one, each for the reason given; any other file that imports a value from the
 * parameter engine fails here, and so does a listed file that reads another parameter or none any more.
 *
 * Why the statistics may: they split published figures by the EU/EEA/Swiss membership list in force on the
 * last day of the period ("third-country nationals"). That is a dated fact of the calendar (which states were
 * members on a day), with its source on the parameter, not a judgement about a person; a figure is a count
 * that keeps no trace, so a rule-set question would give a trace nothing stores. The list is the same
 * parameter the eligibility rules read, so a new member changes both.
 */
const parameterReadersOutsideRules: Readonly<Record<string, { readonly reads: readonly string[]; readonly why: string }>> = {
  'src/statistics/report.ts': {
    reads: ['eeaAndSwitzerland'],
    why: 'third-country nationals in the police report: citizens of states outside the EU/EEA/Switzerland on the last day of the month',
  },
  'src/statistics/eurostat.ts': {
    reads: ['eeaAndSwitzerland'],
    why: 'Eurostat counts third-country nationals: citizens of states outside the EU/EEA/Switzerland on the last day of the period',
  },
};

describe('dated parameters are read in src/rules/, or by an explicit, documented few', () => {
  const root = new URL('..', import.meta.url).pathname;
  const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
    .map((name) => `src/${name}`)
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.startsWith('src/rules/'));
  const engineImport = /import\s+(type\s+)?(\*\s+as\s+\w+|\{[^}]*\})\s+from\s+['"][^'"]*rules\/engine\/parameter(?:\.[jt]s)?['"]/g;
  /** The files that import a value (not only types) from the parameter engine. */
  const readers = files.filter((path) =>
    [...readFileSync(join(root, path), 'utf8').matchAll(engineImport)].some(
      ([, typeOnly, names]) =>
        typeOnly === undefined &&
        (names!.startsWith('*') ||
          names!
            .slice(1, -1)
            .split(',')
            .some((n) => n.trim() !== '' && !n.trim().startsWith('type '))),
    ),
  );

  it('has files to check', () => expect(files.length).toBeGreaterThan(50));
  it('only the listed files import the parameter engine outside src/rules/', () => {
    expect(readers.sort()).toEqual(Object.keys(parameterReadersOutsideRules).sort());
  });
  it.each(Object.entries(parameterReadersOutsideRules))('%s reads only the parameters listed for it, and says why', (path, { reads, why }) => {
    expect(why.length).toBeGreaterThan(20);
    const read = [...readFileSync(join(root, path), 'utf8').matchAll(/\blookup\(\s*(\w+)/g)].map(([, name]) => name);
    expect(read.length).toBeGreaterThan(0);
    for (const name of read) expect(reads, `${path} reads ${name}`).toContain(name);
  });
  it('the check sees a value import, and lets a type import through', () => {
    const text = "import { lookup } from '../rules/engine/parameter.ts';\nimport type { Parameter } from '../rules/engine/parameter.ts';";
    const found = [...text.matchAll(engineImport)].map(([, typeOnly]) => typeOnly === undefined);
    expect(found).toEqual([true, false]);
  });
});
