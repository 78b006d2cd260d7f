/**
 * The policy lab in the console (statistics and admin): a form to paste or upload a reform file, or pick one
 * of the examples, with the as-of date and which cases; it starts a simulation job (src/lab/jobs.ts, the
 * same as `POST /api/v1/simulations?async=true`) and sends the browser to the job's page, which shows its
 * progress (`<progress>`, and `<meta http-equiv="refresh">` every 5 seconds where the reader asks for it:
 * a page that reloads by itself unasked fails WCAG 2.2.1, and moves a screen reader back to the top) and,
 * once done, the report with its chart (src/web/lab/page.ts, in the reader's language), with links to its
 * JSON, JSON-stat and CSV at the API. Every read of the report is audited, as the API's is.
 *
 * The form is multipart (a file is uploaded). Its body is small, so a parser of this route's scope reads it
 * whole (at most 600 KB) and parses it with the platform's own `FormData` before the hooks run: the CSRF check
 * (src/api/auth.ts) finds `_csrf` in it as in any other form. (@fastify/multipart attaches the fields only
 * in a hook of its own, after that check.)
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../cases/commands.ts';
import { actorOf, roleOf, type Principal } from '../../cases/roles.ts';
import enConsole from '../../i18n/messages/en/console.ts';
import type { ConsoleLang } from '../../i18n/types.ts';
import { exampleReforms } from '../../lab/examples.ts';
import { auditJobRead, disclosureFor, enqueueSimulation, jobPath, readSimulationJob, type SimulationJob } from '../../lab/jobs.ts';
import { loadReformText } from '../../lab/reform-input.ts';
import { isoDateSchema } from '../../rules/engine/output.ts';
import { RulesError } from '../../rules/engine/errors.ts';
import { ReturError } from '../../shared/errors.ts';
import { csrfField, errorSummary, fieldError, inputField, invalidAttrs, selectField, type FieldError } from '../forms.ts';
import { html } from '../html.ts';
import { simulationReportBody } from '../lab/page.ts';
import { c } from './i18n.ts';
import { consolePage, viewerOf, type Viewer } from './shell.ts';

const HTML = 'text/html; charset=utf-8';
const PATH = '/console/lab';

/**
 * An example reform's name in the console's language (`console.lab.example.<file>`); the file's own name, in
 * English, only for an example the catalogue does not know yet. The bokmål form listed the English names.
 */
export function exampleName(lang: ConsoleLang, example: { readonly id: string; readonly name: string }): string {
  const key = `lab.example.${example.id}`;
  return key in enConsole ? c(lang, key) : example.name;
}
const roles = ['statistics', 'admin'] as const;
/** A reform file is small: a few changes. */
const MAX_REFORM_BYTES = 256 * 1024;
/** The whole form: a file and a pasted text at most MAX_REFORM_BYTES each, and the other fields. */
const MAX_FORM_BYTES = 2 * MAX_REFORM_BYTES + 64 * 1024;
const REFRESH_SECONDS = 5;

const send = (reply: FastifyReply, status: number, page: string) => reply.code(status).type(HTML).header('cache-control', 'no-store').send(page);

interface FormState {
  readonly errors?: readonly FieldError[];
  readonly values?: Readonly<Record<string, string>>;
}

function formPage(viewer: Viewer, state: FormState = {}): string {
  const { lang, ctx } = viewer;
  const title = c(lang, 'lab.title');
  const errors = state.errors ?? [];
  const error = (field: string) => errors.find((e) => e.field === field);
  const value = (field: string) => state.values?.[field] ?? '';
  const cases = value('cases') || 'open';
  const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
${errorSummary(lang, errors)}
<p class="ds-paragraph">${c(lang, 'lab.intro')}</p>
<form method="post" action="${PATH}" enctype="multipart/form-data" novalidate class="retur-form">${csrfField(ctx)}
<fieldset class="ds-fieldset">
<legend class="ds-label">${c(lang, 'lab.reform.legend')}</legend>
<p class="ds-paragraph retur-hint" id="reform-hint">${c(lang, 'lab.reform.hint')}</p>
${selectField({ id: 'example', label: html`${c(lang, 'lab.reform.example')}`, choices: exampleReforms().map((e) => ({ value: e.id, label: exampleName(lang, e) })), value: value('example'), placeholder: c(lang, 'lab.reform.exampleNone'), ...(error('example') ? { error: error('example')! } : {}) })}
<div class="ds-field">
<label class="ds-label" for="file">${c(lang, 'lab.reform.file')}</label>
${fieldError('file', error('file'))}
<input class="ds-input" type="file" id="file" name="file" accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"${invalidAttrs('file', error('file'))}>
</div>
<div class="ds-field">
<label class="ds-label" for="reform">${c(lang, 'lab.reform.paste')}</label>
${fieldError('reform', error('reform'))}
<textarea class="ds-input" id="reform" name="reform" rows="10" spellcheck="false"${invalidAttrs('reform', error('reform'), 'reform-hint')}>${value('reform')}</textarea>
</div>
</fieldset>
${inputField({ id: 'asOf', label: html`${c(lang, 'lab.asOf')}`, hint: c(lang, 'lab.asOf.hint'), type: 'date', value: value('asOf'), ...(error('asOf') ? { error: error('asOf')! } : {}) })}
<fieldset class="ds-fieldset">
<legend class="ds-label">${c(lang, 'lab.cases')}</legend>
${(['open', 'all'] as const).map(
  (choice) =>
    html`<div class="ds-field retur-choice"><input class="ds-input" type="radio" id="cases-${choice}" name="cases" value="${choice}"${cases === choice ? html` checked` : ''}><label class="ds-label" data-weight="regular" for="cases-${choice}">${c(lang, `lab.cases.${choice}`)}</label></div>`,
)}
</fieldset>
<button class="ds-button" type="submit">${c(lang, 'lab.start')}</button>
</form>`;
  return consolePage(viewer, { title: errors.length > 0 ? `${c(lang, 'error.title')}: ${title}` : title, body, current: PATH });
}

function jobPage(viewer: Viewer, job: SimulationJob, follow: boolean): { page: string; status: number } {
  const { lang } = viewer;
  const self = `${PATH}/jobs/${job.id}`;
  const title = c(lang, 'lab.job.title', { name: job.reformName });
  const again = html`<p class="ds-paragraph"><a class="ds-link" href="${PATH}">${c(lang, 'lab.job.another')}</a></p>`;
  if (job.status === 'failed') {
    const detail = typeof job.error?.detail === 'string' ? job.error.detail : '';
    const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<div class="ds-alert" data-color="danger"><p class="ds-paragraph">${c(lang, 'lab.job.failed', { detail })}</p></div>${again}`;
    return { page: consolePage(viewer, { title, body, current: PATH }), status: 200 };
  }
  if (job.report === null) {
    const { done, total, percent } = job.progress;
    const status =
      job.status === 'queued'
        ? c(lang, 'lab.job.queued')
        : total === null
          ? c(lang, 'lab.job.counting')
          : c(lang, 'lab.job.running', { done, total, percent: percent ?? 0 });
    const body = html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<div class="ds-field">
<label class="ds-label" for="progress">${c(lang, 'lab.job.progress')}</label>
<progress id="progress" max="${String(total ?? 100)}"${total === null ? '' : html` value="${String(done)}"`} aria-describedby="progress-status"></progress>
<p class="ds-paragraph" id="progress-status">${status}</p>
</div>
<p class="ds-paragraph"><a class="ds-link" href="${follow ? `${self}?follow=on` : self}">${c(lang, 'lab.job.checkAgain')}</a></p>
<p class="ds-paragraph">${
      follow
        ? html`${c(lang, 'lab.job.following', { seconds: REFRESH_SECONDS })} <a class="ds-link" href="${self}">${c(lang, 'lab.job.stopFollowing')}</a>`
        : html`<a class="ds-link" href="${self}?follow=on">${c(lang, 'lab.job.follow', { seconds: REFRESH_SECONDS })}</a>`
    }</p>`;
    return { page: consolePage(viewer, { title, body, current: PATH, ...(follow ? { refreshSeconds: REFRESH_SECONDS } : {}) }), status: 200 };
  }
  const api = jobPath(job.id);
  const body = html`${simulationReportBody(job.report, lang)}
<section aria-labelledby="lab-downloads">
<h2 class="ds-heading" data-size="md" id="lab-downloads">${c(lang, 'lab.job.downloads')}</h2>
<p class="ds-paragraph">${c(lang, 'lab.job.filesNote')}</p>
<ul class="ds-list">
<li><a class="ds-link" href="${api}?format=json-stat">${c(lang, 'lab.job.jsonStat')}</a></li>
<li><a class="ds-link" href="${api}?format=csv">${c(lang, 'lab.job.csv')}</a></li>
<li><a class="ds-link" href="${api}">${c(lang, 'lab.job.json')}</a></li>
</ul>
</section>${again}`;
  return { page: consolePage(viewer, { title, body, current: PATH }), status: 200 };
}

/** The form's fields; a file comes as bytes (`attachFieldsToBody: 'keyValues'`). */
const formBody = z.looseObject({
  reform: z.string().max(MAX_REFORM_BYTES).optional(),
  file: z.instanceof(Buffer).optional(),
  example: z.string().max(100).optional(),
  asOf: z.string().max(20).optional(),
  cases: z.string().max(10).optional(),
});

/** The reform's text from the one source given, or the field at fault. */
function reformText(lang: Viewer['lang'], body: z.infer<typeof formBody>): { text: string; name: string } | FieldError {
  const pasted = body.reform?.trim() ?? '';
  const file = body.file && body.file.length > 0 ? body.file : undefined;
  const example = body.example ? exampleReforms().find((e) => e.id === body.example) : undefined;
  if (body.example && !example) return { field: 'example', message: c(lang, 'lab.error.example') };
  const given = [pasted !== '', file !== undefined, example !== undefined].filter(Boolean).length;
  if (given === 0) return { field: 'example', message: c(lang, 'lab.error.noReform') };
  if (given > 1) return { field: 'example', message: c(lang, 'lab.error.twoReforms') };
  if (file) {
    if (file.length > MAX_REFORM_BYTES) return { field: 'file', message: c(lang, 'lab.error.tooLarge') };
    return { text: file.toString('utf8'), name: 'file' };
  }
  return example ? { text: example.text, name: 'example' } : { text: pasted, name: 'reform' };
}

const describeError = (error: ReturError | RulesError) =>
  error instanceof ReturError && error.errors.length > 0 ? error.errors.map((e) => `${e.path || '/'}: ${e.message}`).join('; ') : error.message;

export function registerLab(scope: FastifyInstance, db: Db): void {
  scope.get(PATH, { config: { roles }, schema: { hide: true } }, async (request, reply) => send(reply, 200, formPage(viewerOf(request))));

  scope.get(`${PATH}/jobs/:job`, { config: { roles }, schema: { hide: true } }, async (request, reply) => {
    const viewer = viewerOf(request);
    const principal = request.principal as Principal;
    const { job: id } = z.object({ job: z.string().max(100) }).parse(request.params);
    const follow = (request.query as Record<string, unknown>)['follow'] === 'on';
    const job = await readSimulationJob(db, actorOf(principal), id);
    if (!job)
      return send(
        reply,
        404,
        consolePage(viewer, {
          title: c(viewer.lang, 'error.title'),
          body: html`<h1 class="ds-heading" data-size="lg">${c(viewer.lang, 'error.title')}</h1><p class="ds-paragraph">${c(viewer.lang, 'lab.error.noJob')}</p><p class="ds-paragraph"><a class="ds-link" href="${PATH}">${c(viewer.lang, 'lab.job.another')}</a></p>`,
        }),
      );
    if (job.report !== null) await auditJobRead(db, { id: actorOf(principal), role: roleOf(principal) }, job, 'console page');
    const { page, status } = jobPage(viewer, job, follow);
    return send(reply, status, page);
  });

  void scope.register(async (upload) => {
    upload.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: MAX_FORM_BYTES }, async (request: FastifyRequest, raw: Buffer) => {
      let form: FormData;
      try {
        form = await new Response(raw, { headers: { 'content-type': String(request.headers['content-type']) } }).formData();
      } catch {
        throw new ReturError('REQUEST_INVALID', 'The form is not valid multipart/form-data');
      }
      const fields: Record<string, string | Buffer> = {};
      for (const [key, value] of form) fields[key] = typeof value === 'string' ? value : Buffer.from(await value.arrayBuffer());
      return fields;
    });
    upload.post(PATH, { config: { roles }, schema: { hide: true } }, async (request, reply) => {
      const viewer = viewerOf(request);
      const { lang } = viewer;
      const principal = request.principal as Principal;
      const parsed = formBody.safeParse(request.body ?? {});
      const body = parsed.success ? parsed.data : {};
      const values = { reform: body.reform ?? '', example: body.example ?? '', asOf: body.asOf ?? '', cases: body.cases ?? 'open' };
      const refuse = (errors: FieldError[]) => send(reply, 400, formPage(viewer, { errors, values }));
      if (!parsed.success) return refuse([{ field: 'reform', message: c(lang, 'lab.error.tooLarge') }]);
      const errors: FieldError[] = [];
      const asOf = values.asOf === '' ? undefined : isoDateSchema.safeParse(values.asOf).data;
      if (values.asOf !== '' && asOf === undefined) errors.push({ field: 'asOf', message: c(lang, 'lab.error.asOf') });
      const cases = values.cases === 'all' ? 'all' : 'open';
      const source = reformText(lang, body);
      if ('field' in source) return refuse([source, ...errors]);
      let reform;
      try {
        reform = loadReformText(source.text, 'The reform').reform;
      } catch (error) {
        if (!(error instanceof ReturError || error instanceof RulesError)) throw error;
        return refuse([{ field: source.name, message: c(lang, 'lab.error.refused', { detail: describeError(error) }) }, ...errors]);
      }
      if (errors.length > 0) return refuse(errors);
      let job: SimulationJob;
      try {
        job = await enqueueSimulation(
          db,
          { id: actorOf(principal), role: roleOf(principal) },
          { reform, cases, asOf },
          disclosureFor(roleOf(principal), 'json', false),
        );
      } catch (error) {
        if (error instanceof ReturError && error.code === 'SIMULATION_JOB_LIMIT')
          return send(reply, 429, formPage(viewer, { errors: [{ field: 'example', message: c(lang, 'lab.error.limit') }], values }));
        throw error;
      }
      return reply.code(303).header('location', `${PATH}/jobs/${job.id}`).send();
    });
  });
}
