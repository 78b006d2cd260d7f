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

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
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
