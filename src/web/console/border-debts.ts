/**
 * The police's border check and debt register. The border check finds a person at the border by date of
 * birth and citizenship (and a name, if given), as the passport in front of the officer says, among the people
 * of every case (`case_people`, written when a case is opened); each match links to the case, where the
 * re-entry check is an action. Showing the names of the people found is a read of personal data, audited with
 * the purpose "border check". The debt register lists the cases whose household owes the costs of a
 * deportation, largest first, without names.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { nameKey, type Db } from '../../cases/commands.ts';
import { actorOf, roleOf } from '../../cases/roles.ts';
import { countryCode } from '../../rules/common/countries.ts';
import { isoDateSchema } from '../../rules/engine/output.ts';
import { recordAudit } from '../../store/audit.ts';
import { caseWork } from '../../store/tables.ts';
import { parseInput } from '../../shared/parse.ts';
import { countryName, formatNok } from '../../i18n/format.ts';
import { html } from '../html.ts';
import { c } from './i18n.ts';
import { consolePage, shortDate, viewerOf } from './shell.ts';

const HTML = 'text/html; charset=utf-8';
const send = (reply: FastifyReply, page: string) => reply.code(200).type(HTML).header('cache-control', 'no-store').send(page);

const borderQuery = z.strictObject({
  dateOfBirth: isoDateSchema.optional(),
  citizenship: countryCode.optional(),
  name: z.string().trim().max(200).optional(),
  lang: z.string().max(20).optional(),
});

const debtQuery = z.strictObject({ cursor: z.string().max(200).optional(), lang: z.string().max(20).optional() });
const debtCursor = z.tuple([z.int().positive(), z.uuid()]);
const PAGE = 50;

/**
 * The citizenships of the people Retur holds, each once, for the border check's list. A loose index scan: from
 * the smallest, each next value is one lookup in `case_people_citizenship_idx`, so the query reads some 200
 * index entries however many people there are (SELECT DISTINCT read them all: 2,000,000 rows at 1,000,000
 * cases).
 */
export async function heldCitizenships(db: Db): Promise<string[]> {
  const { rows } = await sql<{ citizenship: string }>`
    WITH RECURSIVE held AS (
      (SELECT citizenship FROM case_people ORDER BY citizenship LIMIT 1)
      UNION ALL
      SELECT (SELECT p.citizenship FROM case_people p WHERE p.citizenship > held.citizenship ORDER BY p.citizenship LIMIT 1)
        FROM held WHERE held.citizenship IS NOT NULL
    )
    SELECT citizenship FROM held WHERE citizenship IS NOT NULL`.execute(caseWork(db));
  return rows.map((r) => r.citizenship);
}

export function registerBorderAndDebts(scope: FastifyInstance, db: Db): void {
  scope.get('/console/border', { config: { roles: ['police'] }, schema: { hide: true } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const { lang } = viewer;
    const raw = Object.fromEntries(Object.entries(request.query as Record<string, string>).filter(([, v]) => v !== ''));
    const query = parseInput(borderQuery, raw, 'query string');
    let results = html``;
    if (query.dateOfBirth !== undefined && query.citizenship !== undefined) {
      let search = caseWork(db)
        .selectFrom('case_people')
        .innerJoin('cases', 'cases.id', 'case_people.case_id')
        .select(['case_people.case_id', 'case_people.person_id', 'cases.reference', 'cases.state', 'cases.debt_balance'])
        .where('case_people.date_of_birth', '=', query.dateOfBirth)
        .where('case_people.citizenship', '=', query.citizenship);
      const key = query.name ? nameKey(query.name) : '';
      if (key !== '') search = search.where('case_people.name_key', 'like', `%${key.replace(/[%_\\]/g, (m) => `\\${m}`)}%`);
      const rows = await search.limit(50).execute();
      const principal = request.principal!;
      await recordAudit(
        db,
        rows.map((r) => ({
          actor: { id: actorOf(principal), role: roleOf(principal) },
          caseId: r.case_id,
          action: 'read' as const,
          what: 'person (border check)',
          why: 'border check',
        })),
      );
      const people = rows.map((r) => {
        const state = r.state as { household?: { id: string; name: string }[]; entryBans?: unknown[] } | null;
        const person = state?.household?.find((p) => p.id === r.person_id);
        return { caseId: r.case_id, reference: r.reference ?? r.case_id, name: person?.name ?? '', bans: state?.entryBans?.length ?? 0, debt: r.debt_balance };
      });
      results =
        people.length === 0
          ? html`<div class="ds-alert" data-color="info" role="status"><p class="ds-paragraph">${c(lang, 'border.none')}</p></div>`
          : html`<h2 class="ds-heading" data-size="md">${c(lang, 'border.results')}</h2><div class="retur-table-scroll"><table class="ds-table retur-table"><thead><tr><th scope="col">${c(lang, 'case.person.name')}</th><th scope="col">${c(lang, 'column.reference')}</th><th scope="col">${c(lang, 'case.bans')}</th><th scope="col">${c(lang, 'column.balance')}</th></tr></thead><tbody>${people.map(
              (p) =>
                html`<tr><th scope="row">${p.name}</th><td><a class="ds-link" href="/console/cases/${p.caseId}?why=border-check">${p.reference}</a> — ${c(lang, 'border.open')}</td><td>${p.bans}</td><td>${formatNok(lang, p.debt)}</td></tr>`,
            )}</tbody></table></div>`;
    }
    const codes = [...new Set((await heldCitizenships(db)).map((code) => code.trim()))];
    const body = html`<h1 class="ds-heading" data-size="lg">${c(lang, 'border.title')}</h1>
<p class="ds-paragraph">${c(lang, 'border.intro')}</p>
<form method="get" action="/console/border" class="retur-form">
<div class="ds-field"><label class="ds-label" for="b-born">${c(lang, 'border.dateOfBirth')}</label><input class="ds-input" type="date" id="b-born" name="dateOfBirth" value="${query.dateOfBirth ?? ''}" required></div>
<div class="ds-field"><label class="ds-label" for="b-citizenship">${c(lang, 'border.citizenship')}</label><select class="ds-input" id="b-citizenship" name="citizenship" required><option value="">${c(lang, 'field.choose')}</option>${codes
      .map((code) => ({ code, label: countryName(lang, code) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang))
      .map((o) => html`<option value="${o.code}"${o.code === query.citizenship ? html` selected` : html``}>${o.label}</option>`)}</select></div>
<div class="ds-field"><label class="ds-label" for="b-name">${c(lang, 'border.name')}</label><input class="ds-input" id="b-name" name="name" value="${query.name ?? ''}"></div>
<button class="ds-button" type="submit">${c(lang, 'border.search')}</button></form>
${results}`;
    return send(reply, consolePage(viewer, { title: c(lang, 'border.title'), body, current: '/console/border' }));
  });

  scope.get('/console/debts', { config: { roles: ['police'] }, schema: { hide: true } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const { lang } = viewer;
    const query = parseInput(debtQuery, request.query, 'query string');
    let after: [number, string] | undefined;
    if (query.cursor) {
      const parsed = debtCursor.safeParse(
        (() => {
          try {
            return JSON.parse(Buffer.from(query.cursor, 'base64url').toString('utf8')) as unknown;
          } catch {
            return null;
          }
        })(),
      );
      after = parsed.success ? parsed.data : undefined;
    }
    let rows = caseWork(db).selectFrom('cases').select(['id', 'reference', 'debt_balance', 'departed_on']).where('debt_balance', '>', 0);
    if (after) rows = rows.where(sql<boolean>`(debt_balance, id) < (${after[0]}, ${after[1]}::uuid)`);
    const page = await rows
      .orderBy('debt_balance', 'desc')
      .orderBy('id', 'desc')
      .limit(PAGE + 1)
      .execute();
    const total = await caseWork(db)
      .selectFrom('cases')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('debt_balance'), sql<number>`0`).as('total'))
      .where('debt_balance', '>', 0)
      .executeTakeFirstOrThrow();
    const shown = page.slice(0, PAGE);
    const last = shown[shown.length - 1];
    const next = page.length > PAGE && last ? Buffer.from(JSON.stringify([last.debt_balance, last.id])).toString('base64url') : null;
    const body = html`<h1 class="ds-heading" data-size="lg">${c(lang, 'debts.title')}</h1>
<p class="ds-paragraph">${c(lang, 'debts.intro')}</p>
<p class="ds-paragraph"><strong>${c(lang, 'debts.total', { amount: formatNok(lang, Number(total.total)) })}</strong></p>
${
  shown.length === 0
    ? html`<p class="ds-paragraph">${c(lang, 'debts.none')}</p>`
    : html`<div class="retur-table-scroll"><table class="ds-table retur-table"><thead><tr><th scope="col">${c(lang, 'column.reference')}</th><th scope="col">${c(lang, 'column.balance')}</th><th scope="col">${c(lang, 'state.departed')}</th></tr></thead><tbody>${shown.map(
        (r) =>
          html`<tr><th scope="row"><a class="ds-link" href="/console/cases/${r.id}?why=debt">${r.reference ?? r.id}</a></th><td class="retur-num">${formatNok(lang, r.debt_balance)}</td><td>${shortDate(lang, r.departed_on)}</td></tr>`,
      )}</tbody></table></div>`
}
${next ? html`<p class="ds-paragraph"><a class="ds-link" rel="next" href="/console/debts?cursor=${next}">${c(lang, 'page.next')}</a></p>` : html``}`;
    return send(reply, consolePage(viewer, { title: c(lang, 'debts.title'), body, current: '/console/debts' }));
  });
}
