/**
 * The start page, for people rather than developers: who Retur is for and each service, then what UDI tells
 * lawyers and representatives, guardians and reception-centre staff (seed 002), with the seed's own sentence
 * beside each. The API, the rules and the statistics are in the footer.
 */
import type { FastifyInstance } from 'fastify';
import { t } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/types.ts';
import { webRequest } from './context.ts';
import { html } from './html.ts';
import { page } from './layout.ts';
import type { WebDeps } from './routes.ts';

/** The services, each a card linking its first page. Other page modules add theirs here. */
const services: readonly { href: string; title: MessageKey; text: MessageKey }[] = [
  { href: '/check', title: 'public.start.checker.title', text: 'public.start.checker.text' },
  { href: '/support', title: 'public.start.calculator.title', text: 'public.start.calculator.text' },
  { href: '/what-now', title: 'public.start.decision.title', text: 'public.start.decision.text' },
];

/** The person's own case: shown where there is a database to keep cases in. */
const ownCaseServices: readonly { href: string; title: MessageKey; text: MessageKey }[] = [
  { href: '/sign-in', title: 'public.signIn.title', text: 'public.signIn.intro' },
];

/** Seed 002's information for those who help, word for word (the page gives it in plain words first). */
const helpers: readonly { title: MessageKey; text: MessageKey; quote: string }[] = [
  {
    title: 'public.start.lawyers.title',
    text: 'public.start.lawyers.text',
    quote:
      "If your client's application for protection has been rejected, you must inform him or her about the obligation to return to his or her home country and the possibility of applying for assisted return.",
  },
  {
    title: 'public.start.guardians.title',
    text: 'public.start.guardians.text',
    quote:
      "Vergehåndboka ('The guardian handbook' – in Norwegian only) (external website). The guardian handbook contains information about how you can help a minor asylum seeker who is going to return to his or her home country.",
  },
  {
    title: 'public.start.reception.title',
    text: 'public.start.reception.text',
    quote:
      'As soon as possible. If asylum seekers are given good information about the possibilities of return at an early stage, there is a greater chance that they will apply for assisted return.',
  },
];

export function registerStartPage(app: FastifyInstance, deps: WebDeps): void {
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const { ctx } = webRequest(request, reply, deps.store);
    const lang = ctx.lang;
    const title = t(lang, 'public.start.title');
    const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="ds-paragraph" data-size="lg">${t(lang, 'public.start.lead')}</p>
<section aria-labelledby="services"><h2 class="ds-heading" data-size="md" id="services">${t(lang, 'public.start.services')}</h2>
<ul class="retur-services">
${[...services, ...(deps.db ? ownCaseServices : [])].map((s) => html`<li class="ds-card retur-service"><h3 class="ds-heading" data-size="sm"><a class="ds-link" href="${s.href}">${t(lang, s.title)}</a></h3><p class="ds-paragraph">${t(lang, s.text)}</p></li>`)}
</ul>
<p class="ds-paragraph retur-muted">${t(lang, 'public.start.privacy')}</p></section>
<section aria-labelledby="helpers"><h2 class="ds-heading" data-size="md" id="helpers">${t(lang, 'public.start.helpers')}</h2>
${helpers.map(
  (h) => html`<h3 class="ds-heading" data-size="sm">${t(lang, h.title)}</h3>
<p class="ds-paragraph">${t(lang, h.text)}</p>
<figure class="retur-cite"><figcaption class="ds-paragraph" data-size="sm">${t(lang, 'public.start.source')}</figcaption><blockquote class="retur-quote" lang="en" dir="ltr"><p class="ds-paragraph" data-size="sm">“${h.quote}”</p></blockquote></figure>`,
)}
</section>`;
    return reply.type('text/html; charset=utf-8').send(page({ title, body, ctx }));
  });
}
