/**
 * A process's state diagram as an SVG drawn on the server, generated from its table (src/cases/process.ts and
 * the actions in src/cases/processes/) like docs/processes.md, with the state the case is in marked. dagre
 * lays the graph out (states as boxes, one edge per action and from-state, top to bottom). An action that
 * leaves the state as it is (a document recorded, a person linked) is written inside its state's box under the
 * state's name, marked ↻, not drawn as a loop: dagre's loops came out as lines cut off from their box, hidden
 * under the next loop's label, and each one widened the picture. The SVG carries no script and no style attribute (the Content Security Policy allows neither), only classes retur.css
 * styles. The words are the console's: states and actions in the page's language.
 */
import dagre, { type Edge } from '@dagrejs/dagre';
import { actions } from '../../cases/actions.ts';
import { processes, targetsOf, type ProcessId } from '../../cases/process.ts';
import type { ConsoleLang } from '../../i18n/types.ts';
import { html, type Html } from '../html.ts';
import { c } from './i18n.ts';

/** Width of a text of `n` characters at the diagram's font size, roughly (Noto Sans, 12px): enough room. */
const textWidth = (text: string, size: number) => Math.ceil(text.length * size * 0.58);
const NODE_FONT = 13;
const EDGE_FONT = 11;
/** Height of a state's box with its name alone, and what each action that keeps the state adds to it. */
const NODE_HEIGHT = 34;
const LOOP_LINE = 16;

interface Laid {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly { id: string; label: string; loops: readonly string[]; x: number; y: number; width: number; height: number }[];
  readonly edges: readonly { from: string; to: string; points: readonly { x: number; y: number }[]; label: string; x: number; y: number }[];
}

const laidOut = new Map<string, Laid>();

/** The layout of a process in a language, made once (the tables do not change while the server runs). */
function layout(process: ProcessId, lang: ConsoleLang): Laid {
  const key = `${process} ${lang}`;
  let laid = laidOut.get(key);
  if (laid === undefined) {
    laid = layoutOf(process, lang);
    laidOut.set(key, laid);
  }
  return laid;
}

export function layoutOf(process: ProcessId, lang: ConsoleLang): Laid {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 44, edgesep: 16, marginx: 8, marginy: 8 });
  const loops = new Map<string, string[]>();
  const moves: { from: string; to: string; label: string }[] = [];
  for (const action of actions.filter((a) => a.process === process)) {
    const label = c(lang, `action.${action.id}`);
    const targets = targetsOf(action);
    for (const from of action.from) {
      for (const to of targets.length === 0 ? [from] : targets) {
        if (from === to) loops.set(from, [...(loops.get(from) ?? []), `↻ ${label}`]);
        else moves.push({ from, to, label });
      }
    }
  }
  for (const state of processes[process].states) {
    const label = c(lang, `state.${state}`);
    const kept = loops.get(state) ?? [];
    const width = Math.max(textWidth(label, NODE_FONT), ...kept.map((l) => textWidth(l, EDGE_FONT))) + 24;
    g.setNode(state, { label, loops: kept, width, height: NODE_HEIGHT + kept.length * LOOP_LINE });
  }
  moves.forEach(({ from, to, label }, n) => {
    g.setEdge(from, to, { label, width: textWidth(label, EDGE_FONT), height: 14, labelpos: 'c' }, `e${n}`);
  });
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: g.nodes().map((id: string) => {
      const node = g.node(id);
      const kept = (node as { loops?: readonly string[] }).loops ?? [];
      return { id, label: String(node.label), loops: kept, x: node.x, y: node.y, width: node.width, height: node.height };
    }),
    edges: g.edges().map((e: Edge) => {
      const edge = g.edge(e);
      return { from: e.v, to: e.w, points: edge.points ?? [], label: String(edge.label ?? ''), x: edge.x ?? 0, y: edge.y ?? 0 };
    }),
  };
}

const round = (v: number) => Math.round(v * 10) / 10;
const pathOf = (points: readonly { x: number; y: number }[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)},${round(p.y)}`).join(' ');

/**
 * The diagram of one process with `current` marked (a thicker border, a filled box and "now" in its name
 * for a screen reader). The title names the process and its state, so the picture has a text equivalent.
 */
export function processDiagram(process: ProcessId, current: string, lang: ConsoleLang, idPrefix: string): Html {
  const laid = layout(process, lang);
  const titleId = `${idPrefix}-title`;
  const title = c(lang, 'diagram.title', { process: c(lang, `process.${process}`), state: c(lang, `state.${current}`) });
  return html`<svg class="retur-diagram__svg" viewBox="0 0 ${laid.width} ${laid.height}" width="${laid.width}" height="${laid.height}" role="img" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg">
<title id="${titleId}">${title}</title>
<defs><marker id="${idPrefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="retur-diagram__head"/></marker></defs>
${laid.edges.map(
  (e) =>
    html`<g class="retur-diagram__edge"><path d="${pathOf(e.points)}" fill="none" marker-end="url(#${idPrefix}-arrow)"/><rect class="retur-diagram__label" x="${round(e.x - textWidth(e.label, EDGE_FONT) / 2 - 2)}" y="${round(e.y - 8)}" width="${textWidth(e.label, EDGE_FONT) + 4}" height="16" rx="3"/><text x="${round(e.x)}" y="${round(e.y)}" text-anchor="middle" dominant-baseline="middle" font-size="${EDGE_FONT}">${e.label}</text></g>`,
)}
${laid.nodes.map(
  (n) =>
    html`<g class="retur-diagram__state${n.id === current ? ' retur-diagram__state--current' : ''}"><rect x="${round(n.x - n.width / 2)}" y="${round(n.y - n.height / 2)}" width="${round(n.width)}" height="${round(n.height)}" rx="6"/><text x="${round(n.x)}" y="${round(n.y - n.height / 2 + NODE_HEIGHT / 2)}" text-anchor="middle" dominant-baseline="central" font-size="${NODE_FONT}">${n.label}</text>${n.loops.map(
      (loop, i) =>
        html`<text class="retur-diagram__loop" x="${round(n.x)}" y="${round(n.y - n.height / 2 + NODE_HEIGHT + i * LOOP_LINE)}" text-anchor="middle" dominant-baseline="central" font-size="${EDGE_FONT}">${loop}</text>`,
    )}</g>`,
)}
</svg>`;
}
