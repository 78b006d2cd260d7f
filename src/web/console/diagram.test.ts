import { describe, expect, it } from 'vitest';
import { actions } from '../../cases/actions.ts';
import { processes, targetsOf, type ProcessId } from '../../cases/process.ts';
import { consoleLanguages } from '../../i18n/types.ts';
import { layoutOf, processDiagram } from './diagram.ts';
import { c } from './i18n.ts';

/**
 * The case page's diagrams, as laid out. Actions that keep their state (a document recorded, a person linked)
 * were drawn as dagre's loops: lines cut off from their box, hidden under the next loop's label, and so wide
 * that the states the case moves to by other processes (departed, closed) sat off the right edge.
 */
describe('a process diagram', () => {
  const ids = Object.keys(processes) as ProcessId[];

  it('writes each action that keeps its state inside that state’s box, and draws no loop', () => {
    for (const lang of consoleLanguages) {
      for (const process of ids) {
        const laid = layoutOf(process, lang);
        expect(laid.edges.filter((e) => e.from === e.to)).toEqual([]);
        for (const action of actions.filter((a) => a.process === process)) {
          const targets = targetsOf(action);
          for (const from of action.from.filter((f) => targets.length === 0 || targets.includes(f))) {
            const node = laid.nodes.find((n) => n.id === from);
            expect(node?.loops, `${process} ${from} ${action.id} ${lang}`).toContain(`↻ ${c(lang, `action.${action.id}`)}`);
          }
        }
      }
    }
  });

  it('starts and ends every arrow at the edge of its two boxes, and keeps every box inside the picture', () => {
    for (const process of ids) {
      const laid = layoutOf(process, 'nb');
      const near = (p: { x: number; y: number } | undefined, id: string) => {
        const n = laid.nodes.find((node) => node.id === id);
        if (p === undefined || n === undefined) return false;
        return Math.abs(p.x - n.x) <= n.width / 2 + 1 && Math.abs(p.y - n.y) <= n.height / 2 + 1;
      };
      for (const e of laid.edges) {
        expect(near(e.points[0], e.from), `${process} ${e.label} from ${e.from}`).toBe(true);
        expect(near(e.points.at(-1), e.to), `${process} ${e.label} to ${e.to}`).toBe(true);
      }
      for (const n of laid.nodes) {
        expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
        expect(n.x + n.width / 2).toBeLessThanOrEqual(laid.width);
      }
    }
  });

  it('marks the case’s state, in the words of the page, on the case process too', () => {
    const svg = String(processDiagram('case', 'departed', 'nb', 'd-case'));
    expect(svg.match(/retur-diagram__state--current/g)).toHaveLength(1);
    expect(svg).toMatch(/retur-diagram__state--current"><rect[^>]*\/><text[^>]*>utreist<\/text>/);
    expect(svg).toContain(`↻ ${c('nb', 'action.case.record-document')}`);
  });
});
