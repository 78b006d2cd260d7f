/**
 * Tagged template for HTML with escaping by default: every interpolated value is escaped unless it is
 * already `Html` (built by this tag or `raw`). Pages are server-rendered strings; no client JavaScript.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

export function escapeHtml(text: string): string {
  // Most texts have nothing to escape: one test instead of a replacement with a callback.
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text;
}

function render(value: unknown): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value) out += render(item);
    return out;
  }
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Marks trusted markup (never user input). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/**
 * A fragment that must read left to right whatever the page's direction — a reference, an ISO date, a code, a
 * secret — isolated so that on a right-to-left page its characters keep their order and do not reorder the
 * sentence around it.
 */
export function ltr(text: string | number): Html {
  return html`<bdi dir="ltr">${text}</bdi>`;
}
