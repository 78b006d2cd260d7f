/**
 * The documentation a caseworker or integrator reads in the browser: the error catalogue (where every
 * problem's `type` points) and the rules as the code has them, rendered from docs/*.md on the server.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { Marked } from 'marked';
import { page } from './layout.ts';
import { raw } from './html.ts';

const marked = new Marked({
  renderer: {
    // Headings get ids from their text, so /docs/errors#request_invalid lands on the REQUEST_INVALID section.
    heading({ tokens, depth }) {
      const text = this.parser.parseInline(tokens);
      const id = text.toLowerCase().replace(/<[^>]+>/g, '').replace(/[^a-z0-9_ -]/g, '').trim().replace(/ +/g, '-');
      return `<h${depth} id="${id}" class="ds-heading">${text}</h${depth}>\n`;
    },
  },
});

function render(file: string, title: string): string {
  const markdown = readFileSync(new URL(`../../docs/${file}`, import.meta.url), 'utf8');
  return page({ title, body: raw(`<div class="retur-doc">${marked.parse(markdown, { async: false })}</div>`) });
}

export function registerDocsPages(app: FastifyInstance): void {
  const pages = { '/docs/errors': render('errors.md', 'Error codes'), '/docs/rules': render('rules.md', 'The rules') };
  for (const [url, html] of Object.entries(pages)) {
    app.get(url, { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
  }
}
