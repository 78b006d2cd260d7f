/**
 * The start page, for people rather than developers: who Retur is for and each service, then what the seed
 * tells lawyers and representatives, guardians and reception-centre staff. The API, the rules and the
 * statistics are in the footer.
 */
import type { FastifyInstance } from 'fastify';
import { t } from '../i18n/format.ts';
import { webRequest } from './context.ts';
import { html } from './html.ts';
import { page } from './layout.ts';
import type { WebDeps } from './routes.ts';

export function registerStartPage(app: FastifyInstance, deps: WebDeps): void {
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const { ctx } = webRequest(request, reply, deps.store);
    const body = html`<h1 class="ds-heading" data-size="lg">Retur</h1>
<p class="ds-paragraph">${t(ctx.lang, 'common.footer.about')}</p>`;
    return reply.type('text/html; charset=utf-8').send(page({ title: 'Retur', body, ctx }));
  });
}
