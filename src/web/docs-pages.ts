/**
 * The documentation a caseworker or integrator reads in the browser: the error catalogue (where every
 * problem's `type` points) and the rules as the code has them, rendered from docs/*.md on the server into the
 * layout. They are in English (developer documentation); wide code blocks and tables scroll inside the page
 * instead of running off a narrow screen.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { Marked } from 'marked';
import { page, pageShell } from './layout.ts';
import { raw } from './html.ts';
import { englishOnly } from './context.ts';
import type { WebDeps } from './routes.ts';

const marked = new Marked({
  renderer: {
    // Headings get ids from their text, so /docs/errors#request_invalid lands on the REQUEST_INVALID section.
    heading({ tokens, depth }) {
      const text = this.parser.parseInline(tokens);
      const id = text
        .toLowerCase()
        .replace(/<[^>]+>/g, '')
        .replace(/[^a-z0-9_ -]/g, '')
        .trim()
        .replace(/ +/g, '-');
      return `<h${depth} id="${id}" class="ds-heading">${text}</h${depth}>\n`;
    },
  },
});

function render(file: string): string {
  const markdown = readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8');
  // Tables in a scrolling wrapper; code blocks scroll on their own (retur.css).
  return marked
    .parse(markdown, { async: false })
    .replace(/<table>/g, '<div class="retur-scroll" tabindex="0"><table class="ds-table" data-border>')
    .replace(/<\/table>/g, '</table></div>')
    .replace(/<pre>/g, '<pre class="retur-pre" tabindex="0">');
}

/** Where the document goes in the layout: a comment the layout itself never writes. */
const BODY = '<!--retur:doc-->';

export function registerDocsPages(app: FastifyInstance, deps: WebDeps): void {
  const docs = { '/docs/errors': { file: 'errors.md', title: 'Error codes' }, '/docs/rules': { file: 'rules.md', title: 'The rules' } };
  for (const [url, { file, title }] of Object.entries(docs)) {
    // The document is rendered and encoded once: a request lays the layout, which has the session's CSRF token
    // and the picker, around the same bytes (tens of kilobytes not encoded again for every reader).
    const body = Buffer.from(`<div class="retur-doc">${render(file)}</div>`);
    app.get(url, { schema: { hide: true } }, async (request, reply) => {
      const ctx = englishOnly(request, reply, deps.store);
      // The shell too is laid out and encoded once (layout.ts, pageShell); only the session's token is new.
      const shell = pageShell(ctx, title);
      if (shell !== null)
        return reply.type('text/html; charset=utf-8').send(Buffer.concat([shell.head, Buffer.from(ctx.csrf), shell.middle, body, shell.tail]));
      const [before, after] = page({ title, body: raw(BODY), ctx }).split(BODY) as [string, string];
      return reply.type('text/html; charset=utf-8').send(Buffer.concat([Buffer.from(before), body, Buffer.from(after)]));
    });
  }
}
