/**
 * The console's home (each queue of the role with its count) and a queue's page (filters, order, a table of
 * cases, the next page). A queue shows no personal data; opening a case from it records the queue as the
 * purpose of the read.
 */
import type { ConsoleLang } from '../../i18n/types.ts';
import { decisionKinds } from '../../cases/model.ts';
import { queueOrders, type QueueDefinition, type QueuePage, type QueueQuery } from '../../cases/queues.ts';
import { html, type Html } from '../html.ts';
import { c } from './i18n.ts';
import { consolePage, shortDate, type Viewer } from './shell.ts';

export const queuePath = (id: string) => `/console/queues/${id}`;

/** The states of a case worth showing in a list: every process that has started. */
export function statesOf(lang: ConsoleLang, item: { assistedReturn: string; appeal: string; deferral: string; forcedReturn: string }): Html {
  const started = (
    [
      ['assisted-return', item.assistedReturn],
      ['appeal', item.appeal],
      ['deferral', item.deferral],
      ['forced-return', item.forcedReturn],
    ] as const
  ).filter(([, state]) => state !== 'none');
  return html`${started.map(([process, state], i) => html`${i > 0 ? '; ' : ''}${c(lang, `process.${process}`)}: ${c(lang, `state.${state}`)}`)}`;
}

/** "12 cases", or "More than 1,000 cases" where the queue stopped counting. */
const countText = (lang: ConsoleLang, page: Pick<QueuePage, 'count' | 'countIsAtLeast'>) =>
  c(lang, page.countIsAtLeast ? 'queue.countOver' : 'queue.count', { n: page.count });

export function renderHome(viewer: Viewer, queues: readonly { queue: QueueDefinition; page: Pick<QueuePage, 'count' | 'countIsAtLeast'> }[]): string {
  const { lang, principal } = viewer;
  const role = principal?.kind === 'staff' ? principal.role : null;
  const extra =
    role === 'statistics'
      ? html`<p class="ds-paragraph">${c(lang, 'home.statistics')}</p><ul class="ds-list"><li><a class="ds-link" href="/statistics/forced-returns">${c(lang, 'home.statistics.forcedReturns')}</a></li><li><a class="ds-link" href="/api/v1/statistics/assisted-returns?year=2025&amp;format=csv">${c(lang, 'nav.statistics')}: assisted-returns.csv</a></li><li><a class="ds-link" href="/api/v1/statistics/eurostat/returns?year=2025&amp;quarter=1">${c(lang, 'nav.statistics')}: Eurostat JSON-stat</a></li></ul>`
      : role === 'admin'
        ? html`<p class="ds-paragraph">${c(lang, 'home.admin')}</p><p class="ds-paragraph"><a class="ds-link" href="/console/accounts">${c(lang, 'nav.accounts')}</a></p>`
        : queues.length === 0
          ? html`<p class="ds-paragraph">${c(lang, 'home.none')}</p>`
          : html``;
  const body = html`<h1 class="ds-heading" data-size="lg">${c(lang, 'home.title')}</h1>
${extra}
<ul class="retur-queues">${queues.map(
    ({ queue, page }) =>
      html`<li class="ds-card retur-queue"><h2 class="ds-heading" data-size="sm"><a class="ds-link" href="${queuePath(queue.id)}">${c(lang, `queue.${queue.id}`)}</a></h2><p class="ds-paragraph retur-queue__count">${countText(lang, page)}</p></li>`,
  )}</ul>`;
  return consolePage(viewer, { title: c(lang, 'home.title'), body, current: '/console' });
}

function filterForm(lang: ConsoleLang, queue: QueueDefinition, query: QueueQuery): Html {
  const selected = (a: string | undefined, b: string) => (a === b ? html` selected` : html``);
  const order = query.order ?? queue.defaultOrder;
  return html`<form class="retur-filters" method="get" action="${queuePath(queue.id)}"><fieldset class="ds-fieldset"><legend class="ds-heading" data-size="xs">${c(lang, 'filter.title')}</legend>
<div class="retur-filters__row">
<div class="ds-field"><label class="ds-label" for="f-kind">${c(lang, 'filter.decisionKind')}</label><select class="ds-input" id="f-kind" name="decisionKind"><option value="">${c(lang, 'filter.any')}</option>${decisionKinds.map(
    (k) => html`<option value="${k}"${selected(query.decisionKind, k)}>${c(lang, `decision.${k}`)}</option>`,
  )}</select></div>
<div class="ds-field"><label class="ds-label" for="f-authority">${c(lang, 'filter.authority')}</label><select class="ds-input" id="f-authority" name="authority"><option value="">${c(lang, 'filter.any')}</option>${(
    ['udi', 'une', 'police'] as const
  ).map((a) => html`<option value="${a}"${selected(query.authority, a)}>${c(lang, `authority.${a}`)}</option>`)}</select></div>
<div class="ds-field"><label class="ds-label" for="f-after">${c(lang, 'filter.deadlineAfter')}</label><input class="ds-input" type="date" id="f-after" name="deadlineAfter" value="${query.deadlineAfter ?? ''}"></div>
<div class="ds-field"><label class="ds-label" for="f-before">${c(lang, 'filter.deadlineBefore')}</label><input class="ds-input" type="date" id="f-before" name="deadlineBefore" value="${query.deadlineBefore ?? ''}"></div>
<div class="ds-field"><label class="ds-label" for="f-order">${c(lang, 'filter.order')}</label><select class="ds-input" id="f-order" name="order">${queueOrders.map(
    (o) => html`<option value="${o}"${selected(order, o)}>${c(lang, `order.${o}`)}</option>`,
  )}</select></div>
</div>
<button class="ds-button" type="submit" data-variant="secondary">${c(lang, 'filter.apply')}</button></fieldset></form>`;
}

/** The query string of a queue's page with other filters kept (for the next page). */
function withQuery(path: string, query: QueueQuery, cursor: string): string {
  const params = new URLSearchParams();
  for (const key of ['order', 'decisionKind', 'authority', 'deadlineAfter', 'deadlineBefore'] as const) {
    const value = query[key];
    if (value !== undefined) params.set(key, value);
  }
  params.set('cursor', cursor);
  return `${path}?${params.toString()}`;
}

export function renderQueue(viewer: Viewer, queue: QueueDefinition, query: QueueQuery, result: QueuePage): string {
  const { lang } = viewer;
  const title = c(lang, `queue.${queue.id}`);
  const why = encodeURIComponent(`queue ${queue.id}`);
  const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="ds-paragraph">${countText(lang, result)}</p>
${filterForm(lang, queue, query)}
${
  result.items.length === 0
    ? html`<p class="ds-paragraph">${c(lang, 'queue.empty')}</p>`
    : html`<div class="retur-table-scroll" tabindex="0" role="region" aria-label="${title}"><table class="ds-table retur-table" data-border="true"><caption class="ds-sr-only">${title}</caption><thead><tr>
<th scope="col">${c(lang, 'column.reference')}</th><th scope="col">${c(lang, 'column.decision')}</th><th scope="col">${c(lang, 'column.deadline')}</th><th scope="col">${c(lang, 'column.opened')}</th>${queue.id === 'udi.documents' ? html`<th scope="col">${c(lang, 'column.lastDocument')}</th>` : html``}<th scope="col">${c(lang, 'column.states')}</th></tr></thead>
<tbody>${result.items.map(
        (item) => html`<tr><th scope="row"><a class="ds-link retur-reference" href="/console/cases/${item.id}?why=${why}">${item.reference ?? item.id}</a></th>
<td>${item.decisionKind === null ? '' : c(lang, `decision.${item.decisionKind}`)}${item.authority === null ? '' : html` (${c(lang, `authority.${item.authority}`)})`}</td>
<td>${item.deadline === null ? c(lang, 'noDeadline') : shortDate(lang, item.deadline)}</td>
<td>${shortDate(lang, item.openedAt)}</td>
${queue.id === 'udi.documents' ? html`<td>${shortDate(lang, item.lastDocumentOn)}</td>` : html``}
<td>${statesOf(lang, item)}</td></tr>`,
      )}</tbody></table></div>`
}
<p class="ds-paragraph retur-paging">${query.cursor ? html`<a class="ds-link" href="${queuePath(queue.id)}">${c(lang, 'page.first')}</a> ` : html``}${result.next ? html`<a class="ds-link" rel="next" href="${withQuery(queuePath(queue.id), query, result.next)}">${c(lang, 'page.next')}</a>` : html``}</p>`;
  return consolePage(viewer, { title, body });
}
