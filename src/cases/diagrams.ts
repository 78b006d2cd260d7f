/**
 * docs/processes.md, generated from the process tables (process.ts and the actions in processes/): for each
 * process its states, a Mermaid state diagram with the roles on each edge, and the table of its actions. A
 * test fails when the file is stale (`npm run docs:processes` writes it).
 */
import { actions } from './actions.ts';
import { processes, processIds, targetsOf, type AlsoMoves, type AnyAction, type ProcessId } from './process.ts';

const node = (state: string) => state.replace(/[^A-Za-z0-9]/g, '_');
const short = (action: AnyAction) => action.id.slice(action.id.indexOf('.') + 1);
const roles = (action: AnyAction) => action.roles.join(', ');

/** The Mermaid `stateDiagram-v2` of a process: `[*]` into its first state, one edge per action and state. */
export function processDiagram(process: ProcessId): string {
  const { states } = processes[process];
  const lines = ['stateDiagram-v2'];
  for (const state of states) if (node(state) !== state) lines.push(`  state "${state}" as ${node(state)}`);
  lines.push(`  [*] --> ${node(states[0])}`);
  for (const action of actions.filter((a) => a.process === process)) {
    const targets = targetsOf(action);
    for (const from of action.from) {
      for (const to of targets.length === 0 ? [from] : targets) lines.push(`  ${node(from)} --> ${node(to)}: ${short(action)} (${roles(action)})`);
    }
  }
  return lines.join('\n');
}

/** The actions of other processes that move this one too (`also`), with the state each leads to. */
function movedBy(process: ProcessId): { action: AnyAction; when: string; to: string }[] {
  return actions.flatMap((action) =>
    Object.entries((action.also ?? {}) as Record<string, AlsoMoves>).flatMap(([when, moves]) => {
      const to = moves[process];
      return to === undefined ? [] : [{ action, when, to }];
    }),
  );
}

const cell = (text: string) => text.replaceAll('|', '\\|');

export function processesMarkdown(): string {
  const out: string[] = [
    '# The processes',
    '',
    'Generated from the process tables (`src/cases/process.ts` and `src/cases/processes/`) by `npm run docs:processes`;',
    'a test fails when this file is stale. Each process starts in its first state. An edge is an action, with',
    'the roles that may take it; an action without a target state keeps the process where it is (a loop).',
    'Besides its state and role, an action may have a guard (conditions on the case, checked before it is',
    'offered in `allowedActions`) and conditions on its input; both refuse with `CASE_PRECONDITION_FAILED`.',
    '',
  ];
  for (const process of processIds) {
    const { title, states } = processes[process];
    out.push(`## ${title} (\`${process}\`)`, '', `States: ${states.map((s) => `\`${s}\``).join(', ')}.`, '', '```mermaid', processDiagram(process), '```', '');
    const moved = movedBy(process);
    if (moved.length > 0) {
      out.push('Also moved by actions of other processes:', '');
      for (const m of moved) out.push(`- \`${m.action.id}\` (to \`${m.when}\`) moves it to \`${m.to}\``);
      out.push('');
    }
    const own = actions.filter((a) => a.process === process);
    out.push('| action | title | from | to | roles | guard |', '|---|---|---|---|---|---|');
    for (const a of own) {
      const to = targetsOf(a);
      out.push(
        `| \`${a.id}\` | ${cell(a.title)} | ${a.from.join(', ')} | ${to.length === 0 ? '(stays)' : to.join(' or ')} | ${roles(a)} | ${a.guard ? 'yes' : ''} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
