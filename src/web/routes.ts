/**
 * Web routes: server-rendered pages that work without JavaScript.
 */
import type { FastifyInstance } from 'fastify';
import { ruleSets } from '../rules/index.ts';
import { html } from './html.ts';
import { page } from './layout.ts';
import { stylesheet, stylesheetEtag } from './assets.ts';
import { registerDocsPages } from './docs-pages.ts';

export function registerWebRoutes(app: FastifyInstance): void {
  registerDocsPages(app);
  app.get('/assets/retur.css', { schema: { hide: true } }, async (request, reply) => {
    reply.header('etag', stylesheetEtag).header('cache-control', 'public, max-age=3600');
    if (request.headers['if-none-match'] === stylesheetEtag) return reply.code(304).send();
    return reply.type('text/css; charset=utf-8').send(stylesheet);
  });

  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const body = html`
<h1 class="ds-heading" data-size="lg">Retur</h1>
<p class="ds-paragraph">Norway's return system for foreign nationals who have no legal right to stay, as rules that explain themselves. Every answer is computed as of a date and cites the UDI, UNE and police sources it rests on.</p>
<h2 class="ds-heading" data-size="md">Rules API</h2>
<p class="ds-paragraph">Send a JSON object with <code>POST</code>; the answer carries its reasons and a trace. The <a class="ds-link" href="/api/openapi.json">OpenAPI 3.1 document</a> describes every field; errors are problem+json with a <a class="ds-link" href="/docs/errors">stable code</a>. <a class="ds-link" href="/docs/rules">The rules, as the code has them</a>, cite the sentence each one implements.</p>
<ul class="ds-list">
${ruleSets.map((r) => html`<li><code>POST /api/v1/rules/${r.path}</code>: ${r.title}</li>`)}
</ul>
<h2 class="ds-heading" data-size="md">Statistics</h2>
<p class="ds-paragraph"><a class="ds-link" href="/statistics/forced-returns">Forced returns from Norway</a>: the police's monthly report, with charts and open data (JSON, JSON-stat, CSV).</p>
<h2 class="ds-heading" data-size="md">Case work</h2>
<p class="ds-paragraph">Caseworkers and officers sign in at <code>POST /api/v1/auth/login</code> (or use a bearer token) and work a return case through <code>/api/v1/cases</code>: assisted return, appeal and deferred implementation, forced return, departure, and after. Every action, with the roles that may take it, is in the OpenAPI document.</p>
<h2 class="ds-heading" data-size="md">Command line</h2>
<p class="ds-paragraph">The same rules answer on the command line: <code>npx retur check assisted-return input.json</code>; <code>npx retur --help</code> lists the rest.</p>`;
    return reply.type('text/html; charset=utf-8').send(page({ title: 'Retur', body }));
  });
}
