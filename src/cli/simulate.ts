/**
 * `retur simulate --reform FILE [--as-of DATE] [--cases all|open|FILE.csv|FILE.json] [--format json|json-stat|csv|html]`:
 * the policy lab's report of a reform over the case load in the database (src/lab/). The samples of explained
 * changes carry case ids only with `--case-ids`; `--public` gives the public report (no samples, counts of
 * 1–4 suppressed), as the JSON-stat, CSV and HTML always are. Audited as a read of personal data by
 * `cli:<user>`.
 */
import { userInfo } from 'node:os';
import { z } from 'zod';
import { osloToday } from '../shared/clock.ts';
import { loadReformText } from '../lab/reform-input.ts';
import { simulateFromDatabase, type CaseSelection } from '../lab/db.ts';
import { simulationCsv, simulationFormats, simulationJsonStat } from '../lab/export.ts';
import { publicReport } from '../lab/simulate.ts';
import { isoDateSchema } from '../rules/engine/output.ts';
import { ReturError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { renderSimulationPage } from '../main/renderers.ts';
import { openMigrated } from './database.ts';
import { fail, readText } from './io.ts';

const simulateOptions = z.strictObject({
  reform: z.string().min(1).describe('The reform file'),
  asOf: isoDateSchema.optional(),
  cases: z.string().default('open'),
  format: z.enum(simulationFormats).default('json'),
  public: z.boolean().optional(),
  caseIds: z.boolean().optional(),
});

const caseIdList = z.array(z.union([z.uuid(), z.looseObject({ id: z.uuid() }).transform((o) => o.id)])).min(1);

/** `--cases`: all, open, or the ids in a CSV file (an `id` column, or one column) or a JSON file (ids, or objects with `id`). */
async function selectionOf(cases: string): Promise<CaseSelection> {
  if (cases === 'all' || cases === 'open') return cases;
  const text = await readText(cases);
  let raw: unknown;
  if (/\.json$/i.test(cases)) {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new ReturError('REQUEST_MALFORMED_JSON', `${cases} is not valid JSON: ${(error as Error).message}`);
    }
  } else {
    const lines = text
      .split(/\r\n|\r|\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const header = lines[0]?.split(',').map((h) => h.trim().replace(/^"|"$/g, '')) ?? [];
    const column = Math.max(0, header.indexOf('id'));
    raw = (header.includes('id') ? lines.slice(1) : lines).map((line) => line.split(',')[column]!.trim().replace(/^"|"$/g, ''));
  }
  return { ids: parseInput(caseIdList, raw, cases) };
}

export async function simulate(raw: Record<string, unknown>): Promise<void> {
  try {
    const options = parseInput(simulateOptions, raw, 'options');
    const loaded = loadReformText(await readText(options.reform), options.reform);
    const selection = await selectionOf(options.cases);
    const store = await openMigrated();
    try {
      const disclosure = options.public || options.format !== 'json' ? 'public' : options.caseIds ? 'case-ids' : 'samples';
      const report = await simulateFromDatabase(
        store.db,
        loaded,
        { cases: selection, ...(options.asOf === undefined ? {} : { asOf: options.asOf }) },
        {
          actor: { id: `cli:${userInfo().username}`, role: 'cli' },
          disclosure,
          today: osloToday(),
        },
      );
      switch (options.format) {
        case 'json':
          process.stdout.write(JSON.stringify(report, null, 2) + '\n');
          break;
        case 'json-stat':
          process.stdout.write(JSON.stringify(simulationJsonStat(report), null, 2) + '\n');
          break;
        case 'csv':
          process.stdout.write(simulationCsv(report));
          break;
        case 'html':
          process.stdout.write(renderSimulationPage(publicReport(report)));
          break;
      }
    } finally {
      await store.close();
    }
  } catch (error) {
    fail(error);
  }
}
