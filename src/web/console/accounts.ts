/**
 * Account administration (the admin role): what `retur users` does, in the browser. Create an account,
 * change its role, disable or enable it (disabling ends its sessions and stops its tokens at once), link it
 * to an identity at the OpenID Connect provider, issue an API token (shown once) and revoke one. Every change
 * is audited. An administrator may not disable or demote their own account.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { changeAccount, createUser, issueApiToken, listAccounts, newUserInput, type AccountChange, type AccountSummary } from '../../cases/accounts.ts';
import type { Db } from '../../cases/commands.ts';
import { linkIdentity, listIdentities } from '../../cases/identities.ts';
import { actorOf, roleOf, staffRoles, type Principal } from '../../cases/roles.ts';
import { ReturError } from '../../shared/errors.ts';
import { parseInput } from '../../shared/parse.ts';
import { recordAudit } from '../../store/audit.ts';
import { t } from '../../i18n/format.ts';
import { csrfField, errorSummary, inputField, selectField, type FieldError } from '../forms.ts';
import { html, type Html } from '../html.ts';
import { c } from './i18n.ts';
import { fieldNameOf } from './schema-form.ts';
import { consolePage, shortDate, viewerOf, type Viewer } from './shell.ts';

const HTML = 'text/html; charset=utf-8';
const PATH = '/console/accounts';
const admin = ['admin'] as const;

/** What the page shows besides the accounts: a notice, the errors of the form that was sent, what it held. */
interface PageState {
  readonly notice?: { readonly kind: 'success' | 'danger'; readonly text: string };
  /** Told once: a token just issued. */
  readonly token?: string;
  readonly errors?: readonly FieldError[];
  readonly values?: Readonly<Record<string, string>>;
}

const roleChoices = (lang: Viewer['lang']) => staffRoles.map((r) => ({ value: r, label: c(lang, `role.${r}`) }));

function accountSection(viewer: Viewer, account: AccountSummary, identities: readonly { issuer: string; subject: string }[], state: PageState): Html {
  const { lang, ctx } = viewer;
  const own = viewer.principal?.kind === 'staff' && viewer.principal.userId === account.id;
  const id = (name: string) => `acc-${account.id}-${name}`;
  const error = (name: string) => state.errors?.find((e) => e.field === id(name));
  const base = `${PATH}/${account.id}`;
  return html`<section class="retur-account" aria-labelledby="${id('h')}">
<h2 class="ds-heading" data-size="sm" id="${id('h')}">${account.displayName} (<code>${account.username}</code>)</h2>
<dl class="retur-facts">
<div><dt>${c(lang, 'accounts.role')}</dt><dd>${c(lang, `role.${account.role}`)}</dd></div>
<div><dt>${c(lang, 'accounts.state')}</dt><dd>${c(lang, account.disabled ? 'accounts.disabled' : 'accounts.enabled')}</dd></div>
<div><dt>${c(lang, 'accounts.identities')}</dt><dd>${identities.length === 0 ? c(lang, 'accounts.noIdentities') : identities.map((i, n) => html`${n > 0 ? '; ' : ''}<code>${i.issuer}</code>: <code>${i.subject}</code>`)}</dd></div>
</dl>
${
  own
    ? html`<p class="ds-paragraph">${c(lang, 'accounts.own')}</p>`
    : html`<form method="post" action="${base}/role" class="retur-inline-form">${csrfField(ctx)}
${selectField({ id: id('role'), name: 'role', label: html`${c(lang, 'accounts.changeRole')}`, choices: roleChoices(lang), value: account.role, placeholder: c(lang, 'field.choose'), ...(error('role') ? { error: error('role')! } : {}) })}
<button class="ds-button" data-variant="secondary" type="submit">${c(lang, 'accounts.changeRole')}</button></form>
<form method="post" action="${base}/state">${csrfField(ctx)}<input type="hidden" name="disabled" value="${account.disabled ? 'false' : 'true'}">
<button class="ds-button" data-variant="secondary"${account.disabled ? '' : html` data-color="danger"`} type="submit">${c(lang, account.disabled ? 'accounts.enable' : 'accounts.disable')}</button></form>`
}
<details class="ds-details"><summary>${c(lang, 'accounts.link')}</summary>
<form method="post" action="${base}/identity">${csrfField(ctx)}
${inputField({ id: id('issuer'), name: 'issuer', label: html`${c(lang, 'accounts.issuer')}`, type: 'text', value: state.values?.[id('issuer')] ?? '', ...(error('issuer') ? { error: error('issuer')! } : {}) })}
${inputField({ id: id('subject'), name: 'subject', label: html`${c(lang, 'accounts.subject')}`, type: 'text', value: state.values?.[id('subject')] ?? '', ...(error('subject') ? { error: error('subject')! } : {}) })}
<button class="ds-button" type="submit">${c(lang, 'accounts.link')}</button></form></details>
<h3 class="ds-heading" data-size="2xs">${c(lang, 'accounts.tokens')}</h3>
${
  account.tokens.length === 0
    ? html`<p class="ds-paragraph">${c(lang, 'accounts.noTokens')}</p>`
    : html`<ul class="ds-list">${account.tokens.map(
        (t) =>
          html`<li><form method="post" action="${base}/tokens/${t.id}/revoke" class="retur-inline-form">${csrfField(ctx)}${t.name} (${c(lang, 'accounts.tokenDates', { from: shortDate(lang, t.createdAt.toISOString()), until: shortDate(lang, t.expiresAt.toISOString()) })}) <button class="ds-button" data-variant="tertiary" data-size="sm" type="submit" aria-label="${c(lang, 'accounts.revokeNamed', { name: t.name })}">${c(lang, 'accounts.revoke')}</button></form></li>`,
      )}</ul>`
}
<form method="post" action="${base}/tokens" class="retur-inline-form">${csrfField(ctx)}
${inputField({ id: id('token'), name: 'name', label: html`${c(lang, 'accounts.tokenName')}`, type: 'text', value: state.values?.[id('token')] ?? '', ...(error('token') ? { error: error('token')! } : {}) })}
<button class="ds-button" data-variant="secondary" type="submit">${c(lang, 'accounts.issueToken')}</button></form>
</section>`;
}

async function accountsPage(db: Db, viewer: Viewer, state: PageState = {}): Promise<string> {
  const { lang, ctx } = viewer;
  const [accounts, identities] = await Promise.all([listAccounts(db), listIdentities(db)]);
  const title = c(lang, 'accounts.title');
  const value = (name: string) => state.values?.[`new-${name}`] ?? '';
  const error = (name: string) => state.errors?.find((e) => e.field === `new-${name}`);
  const err = (name: string) => (error(name) ? { error: error(name)! } : {});
  const body = html`${errorSummary(lang, state.errors ?? [])}<h1 class="ds-heading" data-size="lg">${title}</h1>
${state.notice ? html`<div class="ds-alert" data-color="${state.notice.kind}" role="${state.notice.kind === 'success' ? 'status' : 'alert'}"><p class="ds-paragraph">${state.notice.text}</p></div>` : ''}
${state.token ? html`<div class="ds-alert" data-color="info" role="status"><p class="ds-paragraph">${c(lang, 'accounts.tokenIssued', { token: '' })}<code>${state.token}</code></p></div>` : ''}
<section aria-labelledby="new-h"><h2 class="ds-heading" data-size="md" id="new-h">${c(lang, 'accounts.create')}</h2>
<form method="post" action="${PATH}">${csrfField(ctx)}
${inputField({ id: 'new-username', name: 'username', label: html`${c(lang, 'accounts.username')}`, type: 'text', value: value('username'), attrs: html` autocomplete="off"`, ...err('username') })}
${inputField({ id: 'new-displayName', name: 'displayName', label: html`${c(lang, 'accounts.name')}`, type: 'text', value: value('displayName'), attrs: html` autocomplete="off"`, ...err('displayName') })}
${selectField({ id: 'new-role', name: 'role', label: html`${c(lang, 'accounts.role')}`, choices: roleChoices(lang), value: value('role'), placeholder: c(lang, 'field.choose'), ...err('role') })}
${inputField({ id: 'new-password', name: 'password', label: html`${c(lang, 'accounts.password')}`, type: 'password', value: '', attrs: html` autocomplete="new-password"`, ...err('password') })}
<button class="ds-button" type="submit">${c(lang, 'accounts.create')}</button></form></section>
<section aria-labelledby="list-h"><h2 class="ds-heading" data-size="md" id="list-h">${c(lang, 'accounts.list', { n: accounts.length })}</h2>
${accounts.map((a) =>
  accountSection(
    viewer,
    a,
    identities.filter((i) => i.userId === a.id),
    state,
  ),
)}</section>`;
  return consolePage(viewer, { title: (state.errors?.length ?? 0) > 0 ? `${t(lang, 'common.form.errorPrefix')} ${title}` : title, body, current: PATH });
}

const send = (reply: FastifyReply, status: number, page: string) => reply.code(status).type(HTML).header('cache-control', 'no-store').send(page);

/** The messages of a refused form, each linked to its field's id (`idOf` the field's name). */
function fieldErrors(lang: Viewer['lang'], error: ReturError, idOf: (name: string) => string, labelOf: (name: string) => string): FieldError[] {
  const out: FieldError[] = [];
  for (const e of error.errors) {
    const name = fieldNameOf(e.path);
    const id = idOf(name);
    if (out.some((o) => o.field === id)) continue;
    out.push({
      field: id,
      message: c(lang, e.code === 'too_small' || e.code === 'invalid_type' ? 'error.required' : 'error.invalid', { field: labelOf(name).toLowerCase() }),
    });
  }
  return out;
}

const accountParams = z.object({ account: z.uuid() }).transform((p) => ({ id: p.account }));
const body = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;
const strings = (raw: Record<string, unknown>) => Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));

async function audit(db: Db, principal: Principal, what: string): Promise<void> {
  await recordAudit(db, { actor: { id: actorOf(principal), role: roleOf(principal) }, caseId: null, action: 'change', what, why: 'account administration' });
}

/** `tokenDays`: how long an issued token lasts (RETUR_TOKEN_DAYS, src/api/config.ts), as `retur users token`. */
export function registerAccounts(scope: FastifyInstance, db: Db, options: { readonly tokenDays: number }): void {
  const principalOf = (request: FastifyRequest): Principal => {
    if (!request.principal) throw new ReturError('AUTH_REQUIRED', 'Sign in');
    return request.principal;
  };
  const done = (reply: FastifyReply, what: string) => reply.code(303).header('location', `${PATH}?done=${what}`).send();

  scope.get(PATH, { config: { roles: admin }, schema: { hide: true } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const query = parseInput(z.object({ done: z.enum(['created', 'changed']).optional(), lang: z.string().max(20).optional() }), request.query, 'query string');
    return send(
      reply,
      200,
      await accountsPage(
        db,
        viewer,
        query.done ? { notice: { kind: 'success', text: c(viewer.lang, query.done === 'created' ? 'accounts.createdDone' : 'accounts.changed') } } : {},
      ),
    );
  });

  scope.post(PATH, { config: { roles: admin }, schema: { hide: true } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const raw = strings(body(request));
    const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [`new-${k}`, v]));
    const labels: Record<string, string> = {
      username: 'accounts.username',
      displayName: 'accounts.name',
      role: 'accounts.role',
      password: 'accounts.password',
    };
    const label = (name: string) => c(viewer.lang, labels[name] ?? 'accounts.username');
    try {
      const input = parseInput(
        newUserInput,
        { username: raw['username']?.trim().toLowerCase(), displayName: raw['displayName'], role: raw['role'] || undefined, password: raw['password'] },
        'form',
      );
      await createUser(db, input);
      await audit(db, principalOf(request), `account created: ${input.username} (${input.role})`);
      return done(reply, 'created');
    } catch (error) {
      if (error instanceof ReturError && error.code === 'REQUEST_INVALID')
        return send(reply, 400, await accountsPage(db, viewer, { errors: fieldErrors(viewer.lang, error, (n) => `new-${n}`, label), values }));
      if (error instanceof ReturError && error.code === 'AUTH_FORBIDDEN') {
        // The username is taken.
        return send(reply, 400, await accountsPage(db, viewer, { errors: [{ field: 'new-username', message: c(viewer.lang, 'accounts.taken') }], values }));
      }
      throw error;
    }
  });

  /** A change to one account, refused as a page that says why. */
  const change = async (request: FastifyRequest, reply: FastifyReply, make: (raw: Record<string, string>) => AccountChange) => {
    const viewer = viewerOf(request);
    const { id } = parseInput(accountParams, request.params, 'path');
    try {
      await changeAccount(db, principalOf(request), id, make(strings(body(request))));
      return done(reply, 'changed');
    } catch (error) {
      if (error instanceof ReturError && error.code === 'AUTH_FORBIDDEN')
        return send(reply, 409, await accountsPage(db, viewer, { notice: { kind: 'danger', text: c(viewer.lang, 'accounts.ownRefused') } }));
      if (error instanceof ReturError && error.code === 'REQUEST_INVALID')
        return send(reply, 404, await accountsPage(db, viewer, { notice: { kind: 'danger', text: c(viewer.lang, 'accounts.notFound') } }));
      throw error;
    }
  };

  scope.post(`${PATH}/:account/role`, { config: { roles: admin }, schema: { hide: true } }, async (request, reply) => {
    const { id } = parseInput(accountParams, request.params, 'path');
    const role = z.enum(staffRoles).safeParse(strings(body(request))['role']);
    if (!role.success) {
      const viewer = viewerOf(request);
      return send(
        reply,
        400,
        await accountsPage(db, viewer, {
          errors: [{ field: `acc-${id}-role`, message: c(viewer.lang, 'error.required', { field: c(viewer.lang, 'accounts.role').toLowerCase() }) }],
        }),
      );
    }
    return change(request, reply, () => ({ kind: 'role', role: role.data }));
  });

  scope.post(`${PATH}/:account/state`, { config: { roles: admin }, schema: { hide: true } }, async (request, reply) =>
    change(request, reply, (raw) => ({ kind: 'disabled', disabled: raw['disabled'] !== 'false' })),
  );

  scope.post(`${PATH}/:account/tokens/:token/revoke`, { config: { roles: admin }, schema: { hide: true } }, async (request, reply) => {
    const { token } = parseInput(z.object({ account: z.uuid(), token: z.uuid() }), request.params, 'path');
    return change(request, reply, () => ({ kind: 'revoke-token', tokenId: token }));
  });

  scope.post(`${PATH}/:account/tokens`, { config: { roles: admin }, schema: { hide: true } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const { id } = parseInput(accountParams, request.params, 'path');
    const name = (strings(body(request))['name'] ?? '').trim();
    const account = (await listAccounts(db)).find((a) => a.id === id);
    if (!account) return send(reply, 404, await accountsPage(db, viewer, { notice: { kind: 'danger', text: c(viewer.lang, 'accounts.notFound') } }));
    if (name === '' || name.length > 200) {
      return send(
        reply,
        400,
        await accountsPage(db, viewer, {
          errors: [{ field: `acc-${id}-token`, message: c(viewer.lang, 'error.required', { field: c(viewer.lang, 'accounts.tokenName').toLowerCase() }) }],
        }),
      );
    }
    const { secret: token } = await issueApiToken(db, account.username, name, { days: options.tokenDays });
    await audit(db, principalOf(request), `api token issued: ${account.username}`);
    // Shown once, on this page, never in a URL.
    return send(reply, 200, await accountsPage(db, viewer, { token }));
  });

  scope.post(`${PATH}/:account/identity`, { config: { roles: admin }, schema: { hide: true } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const { id } = parseInput(accountParams, request.params, 'path');
    const raw = strings(body(request));
    const values = { [`acc-${id}-issuer`]: raw['issuer'] ?? '', [`acc-${id}-subject`]: raw['subject'] ?? '' };
    const issuer = z
      .url({ protocol: /^https?$/ })
      .max(500)
      .safeParse((raw['issuer'] ?? '').trim());
    const subject = (raw['subject'] ?? '').trim();
    const errors: FieldError[] = [];
    if (!issuer.success)
      errors.push({ field: `acc-${id}-issuer`, message: c(viewer.lang, 'error.invalid', { field: c(viewer.lang, 'accounts.issuer').toLowerCase() }) });
    if (subject === '' || subject.length > 500)
      errors.push({ field: `acc-${id}-subject`, message: c(viewer.lang, 'error.required', { field: c(viewer.lang, 'accounts.subject').toLowerCase() }) });
    const account = (await listAccounts(db)).find((a) => a.id === id);
    if (!account) return send(reply, 404, await accountsPage(db, viewer, { notice: { kind: 'danger', text: c(viewer.lang, 'accounts.notFound') } }));
    if (errors.length > 0 || !issuer.success) return send(reply, 400, await accountsPage(db, viewer, { errors, values }));
    try {
      await linkIdentity(db, { username: account.username, issuer: issuer.data, subject });
    } catch (error) {
      if (error instanceof ReturError && error.code === 'REQUEST_INVALID') {
        return send(
          reply,
          400,
          await accountsPage(db, viewer, { errors: [{ field: `acc-${id}-subject`, message: c(viewer.lang, 'accounts.linkTaken') }], values }),
        );
      }
      throw error;
    }
    await audit(db, principalOf(request), `identity linked: ${account.username}`);
    return done(reply, 'changed');
  });
}
