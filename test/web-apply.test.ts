/**
 * Applying for assisted return on pages, over HTTP on PGlite: a person signed in with a sign-in code answers
 * one question per page (the GOV.UK error pattern on each), checks the answers, sends the application
 * through the case's own assisted-return.apply (the same command as the API: the case records it with the
 * contact), and gets a receipt with the reference and a new secret code, in their language and in
 * Norwegian, shown once; the old code stops working and the new one signs in. Every page of the flow in all
 * eighteen languages: lang, dir, one <h1>, no message key left.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dirOf, languageTags } from '../src/i18n/languages.ts';
import { onPGlite } from './support/databases.ts';
import { browser, signedIn, world } from './support/person-world.ts';
import { MAX_UPLOAD_BYTES } from '../src/cases/uploads.ts';
import { buildServer } from '../src/main/server.ts';
import { applyForNewCase } from '../src/cases/commands.ts';
import { caseWork } from '../src/store/tables.ts';
import { captureLogs } from './support/logs.ts';
import type { TestStore } from './support/databases.ts';

/** How many cases the store holds. */
async function caseCount(store: TestStore): Promise<number> {
  return (await caseWork(store.db).selectFrom('cases').select('id').execute()).length;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

type Browser = Awaited<ReturnType<typeof signedIn>>;

/** Answers the questions between the destination and the contact: everyone travels, and "no" or "none" to the rest. */
async function answerQuestions(b: Browser, answers: { vulnerable?: readonly string[]; fortyEight?: string } = {}) {
  const travellers = await b.get('/apply/travellers');
  const ids = [...travellers.body.matchAll(/type="checkbox" id="[^"]+" name="answer" value="([^"]+)"/g)].map((m) => m[1]!);
  expect(ids).toHaveLength(2);
  expect((await b.post('/apply/travellers', { answer: ids })).headers.location).toBe('/apply/returned-before');
  expect((await b.post('/apply/returned-before', { answer: 'no' })).headers.location).toBe('/apply/forty-eight');
  expect((await b.post('/apply/forty-eight', { answer: answers.fortyEight ?? 'no' })).headers.location).toBe('/apply/vulnerable');
  expect((await b.post('/apply/vulnerable', { answer: answers.vulnerable ?? 'none' })).statusCode).toBe(303);
  return ids;
}

/**
 * Signs in and answers every page before the documents (a destination, everyone travels, "no" or "none" to the
 * rest, a contact), then opens the documents page.
 */
async function toDocuments(w: Awaited<ReturnType<typeof world>>, options: { destination?: string; contact?: { phone: string; email: string } } = {}) {
  const b = await signedIn(w);
  await b.get('/apply');
  expect((await b.post('/apply', { destination: options.destination ?? 'AF' })).statusCode).toBe(303);
  await answerQuestions(b);
  await b.get('/apply/contact');
  expect((await b.post('/apply/contact', options.contact ?? { phone: '+47 400 00 000', email: '' })).headers.location).toBe('/apply/documents');
  return { b, form: await b.get('/apply/documents') };
}

/** The case's documents as the person sees them: kind and status. */
function documentsOf(json: unknown) {
  return z
    .object({ case: z.object({ documents: z.array(z.looseObject({ kind: z.string(), status: z.string() })) }) })
    .parse(json)
    .case.documents.map((d) => ({ kind: d.kind, status: d.status }));
}

/** The case's documents with whose each is: `kind status name` (the household's name, or "household"). */
function ownedDocumentsOf(json: unknown) {
  const { household, documents } = z
    .object({
      case: z.object({
        household: z.array(z.looseObject({ id: z.string(), name: z.string() })),
        documents: z.array(z.looseObject({ kind: z.string(), status: z.string(), personId: z.string().nullable() })),
      }),
    })
    .parse(json).case;
  return documents.map((d) => `${d.kind} ${d.status} ${household.find((p) => p.id === d.personId)?.name ?? 'household'}`);
}

/** The check page's version field. */
const versionOf = (body: string) => /name="version" value="(\d+)"/.exec(body)![1]!;

const ownCase = z.object({
  case: z.looseObject({
    assistedReturn: z.looseObject({
      status: z.string(),
      destination: z.string().optional(),
      submittedBy: z.string().optional(),
      contact: z.looseObject({}).optional(),
    }),
  }),
});

onPGlite((database) => {
  describe('applying for assisted return on pages', () => {
    it('asks one question per page, refuses bad answers with the error summary, and sends the application through the case', async () => {
      const store = await database.open();
      const w = await world(store);
      const b = await signedIn(w);
      expect((await b.get('/my-application')).body).toContain('href="/apply"');

      const first = await b.get('/apply');
      expect(first.statusCode).toBe(200);
      expect(first.body.match(/<h1/g)).toHaveLength(1);
      // The household's citizenship is offered first.
      expect(first.body).toContain('<option value="AF" selected>');
      const noCountry = await b.post('/apply', { destination: '' });
      expect(noCountry.statusCode).toBe(400);
      expect(noCountry.body).toContain('<a class="ds-link" href="#destination">Choose where you want to return to</a>');
      expect((await b.post('/apply', { destination: 'XX' })).statusCode).toBe(400);
      // Straight to the check page without a contact: back to the question.
      expect((await b.post('/apply', { destination: 'AF' })).headers.location).toBe('/apply/travellers');
      expect((await b.get('/apply/check')).headers.location).toBe('/apply/travellers');
      expect((await b.get('/apply/contact')).headers.location).toBe('/apply/travellers');
      await answerQuestions(b);

      await b.get('/apply/contact');
      const none = await b.post('/apply/contact', { phone: '', email: '' });
      expect(none.statusCode).toBe(400);
      expect(none.body).toContain('Enter a telephone number or an email address');
      const bad = await b.post('/apply/contact', { phone: 'call me', email: 'not-an-address' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('href="#phone">Enter a telephone number, like +47 400 00 000</a>');
      expect(bad.body).toContain('href="#email">Enter an email address, like name@example.com</a>');
      expect(bad.body).toContain('value="call me"');
      expect((await b.post('/apply/contact', { phone: '+47 400 00 000', email: '' })).headers.location).toBe('/apply/documents');
      expect((await b.get('/apply/check')).headers.location).toBe('/apply/documents');
      await b.get('/apply/documents');
      expect((await b.upload('/apply/documents', { 'identity-0': 'later', 'identity-1': 'later' })).headers.location).toBe('/apply/check');

      const check = await b.get('/apply/check');
      expect(check.statusCode).toBe(200);
      expect(check.body).toContain('Afghanistan');
      expect(check.body).toContain('+47 400 00 000');
      // A forged form sends nothing.
      expect((await b.post('/apply/check', { version: String(w.version) }, 'forged')).statusCode).toBe(400);
      expect(ownCase.parse((await b.api('/api/v1/me/case')).json()).case.assistedReturn.status).toBe('none');

      const sent = await b.post('/apply/check', { version: /name="version" value="(\d+)"/.exec(check.body)![1]! });
      expect(sent.statusCode, sent.body).toBe(303);
      expect(sent.headers.location).toBe('/apply/receipt');
      const own = ownCase.parse((await b.api('/api/v1/me/case')).json()).case.assistedReturn;
      expect(own).toMatchObject({ status: 'applied', destination: 'AF', submittedBy: 'person', contact: { phone: '+47 400 00 000' } });
      // "I will send it later" is in the case for each of them, as the API would have recorded it.
      expect(ownedDocumentsOf((await b.api('/api/v1/me/case')).json())).toEqual([
        'id-document will-send-later Amina Test',
        'id-document will-send-later Omid Test',
      ]);

      const receipt = await b.get('/apply/receipt');
      expect(receipt.statusCode).toBe(200);
      expect(receipt.body).toContain(w.reference);
      const secret = /Your secret code<\/dt><dd class="retur-code"><bdi dir="ltr">([^<]+)<\/bdi>/.exec(receipt.body)?.[1];
      expect(secret).toBeDefined();
      expect(receipt.body).toContain('<section lang="nb" dir="ltr"');
      expect(receipt.body).toContain('Søknaden din er sendt');
      // The receipt lists what is still to be sent, whose, in both languages.
      expect(receipt.body).toContain('Documents still to send.');
      expect(receipt.body).toContain('<li>ID document for Amina Test</li><li>ID document for Omid Test</li>');
      expect(receipt.body).toContain('<li>ID-dokument for Amina Test</li><li>ID-dokument for Omid Test</li>');
      // Shown once; the application cannot be sent twice.
      expect((await b.get('/apply/receipt')).headers.location).toBe('/my-application');
      expect((await b.get('/apply')).headers.location).toBe('/my-application');

      // The new secret signs in; the old sign-in code no longer does.
      const old = browser(w.app);
      await old.get('/sign-in');
      expect((await old.post('/sign-in', { reference: w.reference, secret: w.code })).statusCode).toBe(400);
      await signedIn(w, secret);
    });

    it('sends someone not signed in who has told nothing yet to the start of applying without a code, and writes nothing on any case', async () => {
      const store = await database.open();
      const w = await world(store);
      const b = browser(w.app);
      const start = await b.get('/apply');
      expect(start.statusCode).toBe(200);
      expect(start.body).toContain('href="/apply/about-you"');
      expect(start.body).toContain('href="/sign-in"');
      for (const url of ['/apply/decision', '/apply/travellers', '/apply/contact', '/apply/documents', '/apply/check'])
        expect((await b.get(url)).headers.location, url).toBe('/apply/about-you');
      expect((await b.get('/apply/receipt')).headers.location).toBe('/apply');
      expect((await b.post('/apply', { destination: 'AF' })).headers.location).toBe('/apply/about-you');
      expect((await b.post('/apply/check', { version: String(w.version) })).headers.location).toBe('/apply/check');
      expect((await b.post('/apply/send', {})).headers.location).toBe('/apply');
      expect(
        (await b.upload('/apply/documents', { 'identity-0': 'upload' }, { 'identity-0-file': { name: 'passport.pdf', type: 'application/pdf', bytes: PDF } }))
          .headers.location,
      ).toBe('/apply/about-you');
      expect(documentsOf((await (await signedIn(w)).api('/api/v1/me/case')).json())).toEqual([]);
      expect(await caseCount(store)).toBe(1);
    });

    it('lets someone with no case apply without a code: the application opens their case, the receipt gives its reference and secret, which sign in to it, and UDI finds it in its queue', async () => {
      const store = await database.open();
      const logs = captureLogs();
      const app = await buildServer({ logger: logs.options, db: store.db, loginRateLimit: 1000, pagePostRateLimit: 1000, oidc: null });
      const w = await world(store, app);
      const b = browser(w.app);
      await b.get('/apply');
      expect((await b.get('/apply/about-you')).statusCode).toBe(200);
      // Each field refused with the summary's link to it; under 18 is refused, with where to turn instead.
      const empty = await b.post('/apply/about-you', { name: ' ', dateOfBirth: '', citizenship: '' });
      expect(empty.statusCode).toBe(400);
      for (const [field, message] of [
        ['name', 'Enter your full name'],
        ['dateOfBirth', 'Enter a real date'],
        ['citizenship', 'Choose a country from the list'],
      ])
        expect(empty.body).toContain(`<a class="ds-link" href="#${field}">${message}</a>`);
      const minor = await b.post('/apply/about-you', { name: 'Sara Quebec', dateOfBirth: '2015-01-01', citizenship: 'IQ' });
      expect(minor.statusCode).toBe(400);
      expect(minor.body).toContain('your guardian applies with you');
      expect(minor.body).toContain('value="Sara Quebec"');
      expect((await b.post('/apply/about-you', { name: 'Sara Quebec', dateOfBirth: '1994-07-30', citizenship: 'iq' })).headers.location).toBe(
        '/apply/decision',
      );
      // The decision: a kind the page offers (a Dublin transfer is not), a date not in the future, a deadline not before it.
      const decisionPage = await b.get('/apply/decision');
      expect(decisionPage.body).toContain('value="protection-rejected"');
      expect(decisionPage.body).not.toContain('value="dublin-transfer"');
      const wrong = await b.post('/apply/decision', { kind: 'dublin-transfer', date: '2099-01-01', deadline: '2026-01-01' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.body).toContain('href="#kind">Choose one of the answers</a>');
      expect(wrong.body).toContain('href="#date">The date cannot be in the future</a>');
      const early = await b.post('/apply/decision', { kind: 'protection-rejected', date: '2026-09-01', deadline: '2026-08-01' });
      expect(early.body).toContain('href="#deadline">The deadline cannot be before the date of the decision</a>');
      expect((await b.post('/apply/decision', { kind: 'protection-rejected', date: '2026-09-01', deadline: '2099-12-31' })).headers.location).toBe('/apply');
      // The application's own questions follow, about the case the answers make: one traveller, so no "who travels".
      const destination = await b.get('/apply');
      expect(destination.body).toContain('<option value="IQ" selected>');
      expect(destination.body).toContain('href="/apply/decision"');
      expect((await b.post('/apply', { destination: 'IQ' })).headers.location).toBe('/apply/returned-before');
      expect((await b.post('/apply/returned-before', { answer: 'no' })).headers.location).toBe('/apply/forty-eight');
      expect((await b.post('/apply/forty-eight', { answer: 'no' })).headers.location).toBe('/apply/vulnerable');
      expect((await b.post('/apply/vulnerable', { answer: 'none' })).headers.location).toBe('/apply/contact');
      // The copies are sent after applying, so the documents page is not asked.
      expect((await b.post('/apply/contact', { phone: '+47 411 22 333', email: 'sara@example.com' })).headers.location).toBe('/apply/check');
      expect((await b.get('/apply/documents')).headers.location).toBe('/apply/check');
      const check = await b.get('/apply/check');
      expect(check.body).toContain('Sara Quebec');
      expect(check.body).toContain('action="/apply/send"');
      expect(check.body).toContain('ID document: to be sent later');
      expect(await caseCount(store)).toBe(1);

      const sent = await b.post('/apply/send', {});
      expect(sent.statusCode, sent.body).toBe(303);
      expect(sent.headers.location).toBe('/apply/receipt');
      expect(await caseCount(store)).toBe(2);
      const receipt = await b.get('/apply/receipt');
      expect(receipt.statusCode).toBe(200);
      expect(receipt.body).toContain('You need both to follow your application');
      expect(receipt.body).toContain('href="/sign-in"');
      const [reference, secret] = [...receipt.body.matchAll(/<dd class="retur-code"><bdi dir="ltr">([^<]+)<\/bdi><\/dd>/g)].map((m) => m[1]!);
      expect(reference).toMatch(/^RT-[A-Z2-9]{8}$/);
      expect(secret).toBeDefined();
      // Shown once.
      expect((await b.get('/apply/receipt')).headers.location).toBe('/apply');

      // The reference and secret sign in to the new case; "my application" shows it applied, the ID copy still to send.
      const person = await signedIn({ ...w, reference: reference! }, secret);
      const mine = await person.get('/my-application');
      expect(mine.statusCode).toBe(200);
      expect(mine.body).toContain('UDI has received your application and is considering it.');
      const own = z
        .object({
          case: z.looseObject({
            origin: z.string(),
            household: z.array(z.looseObject({ name: z.string(), citizenships: z.array(z.string()), preferredLanguage: z.string() })),
            decision: z.looseObject({ kind: z.string(), date: z.string(), departureDeadline: z.string().nullable(), authority: z.string() }),
            assistedReturn: z.looseObject({ status: z.string(), submittedBy: z.string(), destination: z.string(), contact: z.looseObject({}) }),
          }),
        })
        .parse((await person.api('/api/v1/me/case')).json()).case;
      expect(own).toMatchObject({
        origin: 'applicant',
        household: [{ name: 'Sara Quebec', citizenships: ['IQ'], preferredLanguage: 'en' }],
        decision: { kind: 'protection-rejected', date: '2026-09-01', departureDeadline: '2099-12-31', authority: 'udi' },
        assistedReturn: { status: 'applied', submittedBy: 'person', destination: 'IQ', contact: { phone: '+47 411 22 333', email: 'sara@example.com' } },
      });
      expect(documentsOf((await person.api('/api/v1/me/case')).json())).toEqual([{ kind: 'id-document', status: 'will-send-later' }]);

      // UDI: the case is in the queue of applications, opened by the person's own events.
      const listed = z
        .object({ items: z.array(z.object({ id: z.string(), reference: z.string().nullable() })) })
        .parse((await w.app.inject({ method: 'GET', url: '/api/v1/cases?assistedReturn=applied', headers: w.udi })).json());
      const found = listed.items.find((i) => i.reference === reference);
      expect(found).toBeDefined();
      const queue = await w.app.inject({ method: 'GET', url: '/console/queues/udi.applications', headers: { cookie: w.udi.cookie!, accept: 'text/html' } });
      expect(queue.statusCode).toBe(200);
      expect(queue.body).toContain(reference);
      const events = z
        .object({ events: z.array(z.object({ type: z.string(), role: z.string(), actor: z.string().optional() })) })
        .parse((await w.app.inject({ method: 'GET', url: `/api/v1/cases/${found!.id}/events`, headers: w.udi })).json()).events;
      expect(events.map((e) => [e.type, e.role, e.actor])).toEqual([
        ['case.opened', 'person', `person:${reference}`],
        ['case.record-document', 'person', `person:${reference}`],
        ['assisted-return.apply', 'person', `person:${reference}`],
      ]);
      // Nothing the person told is in the log.
      expect(logs.findAny(['Sara Quebec', '1994-07-30', 'sara@example.com', '411 22 333', secret!])).toEqual([]);
      await app.close();
    });

    it('refuses an application without a code from someone signed in as staff, and from the person on their own case', async () => {
      const store = await database.open();
      const w = await world(store);
      const direct = (principal: Parameters<typeof applyForNewCase>[1]) =>
        applyForNewCase(store.db, principal, {
          applicant: { name: 'Sara Quebec', dateOfBirth: '1994-07-30', citizenship: 'IQ' },
          decision: { kind: 'protection-rejected', date: '2026-09-01', departureDeadline: null },
          application: { destination: 'IQ' },
        });
      await expect(direct({ kind: 'staff', userId: '00000000-0000-4000-8000-000000000001', username: 'udi.web', role: 'udi' })).rejects.toMatchObject({
        code: 'AUTH_FORBIDDEN',
      });
      await expect(direct({ kind: 'person', caseId: w.caseId, reference: w.reference })).rejects.toMatchObject({ code: 'AUTH_FORBIDDEN' });
      // Someone under 18 on the day, told by the rules' own age: refused, and nothing is written.
      await expect(
        applyForNewCase(
          store.db,
          null,
          {
            applicant: { name: 'Sara Quebec', dateOfBirth: '2008-12-07', citizenship: 'IQ' },
            decision: { kind: 'protection-rejected', date: '2026-09-01', departureDeadline: null },
            application: { destination: 'IQ' },
          },
          { now: new Date('2026-12-06T12:00:00Z') },
        ),
      ).rejects.toMatchObject({ code: 'CASE_PRECONDITION_FAILED', details: { condition: 'applicant-adult' } });
      expect(await caseCount(store)).toBe(1);
      // The day they turn 18 they may; a destination not their own needs the residence permit, to be sent later.
      const adult = await applyForNewCase(
        store.db,
        null,
        {
          applicant: { name: 'Sara Quebec', dateOfBirth: '2008-12-06', citizenship: 'IQ' },
          decision: { kind: 'permit-revoked', date: '2026-09-01', departureDeadline: null },
          application: { destination: 'TR', contact: { email: 'sara@example.com' } },
        },
        { now: new Date('2026-12-06T12:00:00Z') },
      );
      expect(adult.case.decision.authority).toBe('une');
      expect(adult.case.documents.map((d) => `${d.kind} ${d.status}`)).toEqual(['id-document will-send-later', 'residence-permit-outside-eea will-send-later']);
      expect(adult.version).toBe(4);
      // The secret signs in; the one who applied sees it as any person sees their case.
      const login = await w.app.inject({ method: 'POST', url: '/api/v1/auth/person-login', payload: { reference: adult.reference, secret: adult.secret } });
      expect(login.statusCode, login.body).toBe(200);
    });

    it('limits applications without a code per address per hour: beyond it a 429 page, or problem+json, and no case', async () => {
      const store = await database.open();
      const app = await buildServer({ logger: false, db: store.db, applicationRateLimit: 2, loginRateLimit: 1000, pagePostRateLimit: 1000, oidc: null });
      const statuses = [];
      for (let i = 0; i < 2; i++)
        statuses.push((await app.inject({ method: 'POST', url: '/apply/send', payload: {}, headers: { accept: 'text/html' } })).statusCode);
      expect(statuses).toEqual([400, 400]);
      const page = await app.inject({ method: 'POST', url: '/apply/send', payload: {}, headers: { accept: 'text/html' } });
      expect(page.statusCode).toBe(429);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('Only a few applications can be sent from one address in an hour.');
      expect(page.body).toMatch(/Wait (59|60) minutes, then try again\./);
      expect(Number(page.headers['retry-after'])).toBeGreaterThan(3500);
      const problem = await app.inject({ method: 'POST', url: '/apply/send', payload: {}, headers: { accept: 'application/json' } });
      expect(problem.statusCode).toBe(429);
      expect(problem.headers['content-type']).toContain('application/problem+json');
      expect(problem.json()).toMatchObject({ code: 'REQUEST_RATE_LIMITED', status: 429, instance: '/apply/send' });
      // Another address is not held back by this one.
      expect(
        (await app.inject({ method: 'POST', url: '/apply/send', payload: {}, remoteAddress: '10.0.0.9', headers: { accept: 'text/html' } })).statusCode,
      ).toBe(400);
      expect(await caseCount(store)).toBe(0);
      await app.close();
    });

    it('takes documents now, checked by their bytes as the API checks them, or later; refuses with the error summary', async () => {
      const store = await database.open();
      const w = await world(store);
      const { b, form } = await toDocuments(w);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('enctype="multipart/form-data"');
      expect(form.body.match(/<h1/g)).toHaveLength(1);
      // To the applicant's own country only the ID copies are asked for, one for each person who travels.
      expect(form.body).toContain('id="identity-0-file"');
      expect(form.body).toContain('Amina Test: a copy of the passport or other ID document');
      expect(form.body).toContain('Omid Test: a copy of the passport or other ID document');
      expect(form.body).not.toContain('id="permit-0"');
      const omid = { 'identity-1': 'later' };

      const none = await b.upload('/apply/documents', {});
      expect(none.statusCode).toBe(400);
      expect(none.body).toContain('<a class="ds-link" href="#identity-0">Choose what you will do with this document</a>');
      expect(none.body).toContain('<a class="ds-link" href="#identity-1">Choose what you will do with this document</a>');
      const noFile = await b.upload('/apply/documents', { 'identity-0': 'upload', ...omid });
      expect(noFile.statusCode).toBe(400);
      expect(noFile.body).toContain('<a class="ds-link" href="#identity-0-file">Choose a file to upload</a>');
      expect(noFile.body).toContain('aria-invalid="true" aria-describedby="identity-0-file-error"');
      // The name and the claimed type say PDF; the bytes are a PNG's.
      const disguised = await b.upload(
        '/apply/documents',
        { 'identity-0': 'upload', ...omid },
        { 'identity-0-file': { name: 'passport.pdf', type: 'application/pdf', bytes: PNG } },
      );
      expect(disguised.statusCode).toBe(400);
      expect(disguised.body).toContain('href="#identity-0-file">The file must be a PDF, JPEG or PNG</a>');
      const text = await b.upload(
        '/apply/documents',
        { 'identity-0': 'upload', ...omid },
        { 'identity-0-file': { name: 'passport.txt', type: 'text/plain', bytes: Buffer.from('hello') } },
      );
      expect(text.body).toContain('href="#identity-0-file">The file must be a PDF, JPEG or PNG</a>');
      const large = await b.upload(
        '/apply/documents',
        { 'identity-0': 'upload', ...omid },
        { 'identity-0-file': { name: 'passport.pdf', type: 'application/pdf', bytes: Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES)]) } },
      );
      expect(large.statusCode).toBe(400);
      expect(large.body).toContain('href="#identity-0-file">The file must be smaller than 5 MB</a>');
      // A forged form records nothing.
      expect(
        (
          await b.upload(
            '/apply/documents',
            { 'identity-0': 'upload', ...omid },
            { 'identity-0-file': { name: 'passport.pdf', type: 'application/pdf', bytes: PDF } },
            'forged',
          )
        ).statusCode,
      ).toBe(400);
      expect(documentsOf((await b.api('/api/v1/me/case')).json())).toEqual([]);

      const sent = await b.upload(
        '/apply/documents',
        { 'identity-0': 'upload', ...omid },
        { 'identity-0-file': { name: 'passport.pdf', type: 'application/pdf', bytes: PDF } },
      );
      expect(sent.statusCode, sent.body).toBe(303);
      expect(sent.headers.location).toBe('/apply/check');
      const own = z
        .object({
          case: z.object({
            documents: z.array(
              z.looseObject({ kind: z.string(), status: z.string(), file: z.looseObject({ sha256: z.string(), size: z.number() }).optional() }),
            ),
          }),
        })
        .parse((await b.api('/api/v1/me/case')).json());
      expect(own.case.documents).toMatchObject([
        { kind: 'id-document', status: 'uploaded', file: { size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') } },
      ]);
      expect(ownedDocumentsOf((await b.api('/api/v1/me/case')).json())).toEqual(['id-document uploaded Amina Test']);
      // Back on the page, the copy is there; "upload" without a new file keeps it, and sends nothing twice.
      const again = await b.get('/apply/documents');
      expect(again.body).toContain('Received: ID document');
      expect((await b.upload('/apply/documents', { 'identity-0': 'upload', ...omid })).headers.location).toBe('/apply/check');
      const check = await b.get('/apply/check');
      expect(check.body).toContain('ID document: received on');
      expect(check.body).toContain('ID document: to be sent later');
      const applied = await b.post('/apply/check', { version: versionOf(check.body) });
      expect(applied.headers.location).toBe('/apply/receipt');
      expect(ownedDocumentsOf((await b.api('/api/v1/me/case')).json())).toEqual(['id-document uploaded Amina Test', 'id-document will-send-later Omid Test']);
      // Only what is still to be sent is on the receipt.
      const receipt = await b.get('/apply/receipt');
      expect(receipt.body).toContain('<li>ID document for Omid Test</li>');
      expect(receipt.body).not.toContain('ID document for Amina Test');
    });

    it('asks for the residence permit when the destination is another country, and "later" is enough to apply', async () => {
      const store = await database.open();
      const w = await world(store);
      const { b, form } = await toDocuments(w, { destination: 'TR', contact: { phone: '', email: 'amina@example.com' } });
      expect(form.body).toContain('Amina Test: a copy of the valid residence permit in the country you return to');
      expect(form.body).toContain('Omid Test: a copy of the valid residence permit in the country you return to');
      const noIds = { 'identity-0': 'none', 'identity-1': 'none' };
      // A residence permit cannot be "I do not have one": the application needs it.
      const refused = await b.upload('/apply/documents', { ...noIds, 'permit-0': 'none', 'permit-1': 'later' });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('<a class="ds-link" href="#permit-0">Choose what you will do with this document</a>');
      expect(refused.body).not.toContain('href="#permit-1"');
      expect(refused.body).toMatch(/<input class="ds-input" type="radio" id="identity-0" name="identity-0" value="upload">[\s\S]*value="none" checked>/);
      expect(
        (
          await b.upload(
            '/apply/documents',
            { ...noIds, 'permit-0': 'later', 'permit-1': 'later' },
            { 'permit-0-file': { name: 'permit.jpg', type: 'image/jpeg', bytes: JPEG } },
          )
        ).headers.location,
      ).toBe('/apply/check');
      const check = await b.get('/apply/check');
      expect(check.body).toContain('I do not have one');
      expect(check.body).toContain('Residence permit outside the EU/EEA: to be sent later');
      const applied = await b.post('/apply/check', { version: versionOf(check.body) });
      expect(applied.headers.location, applied.body).toBe('/apply/receipt');
      expect(ownCase.parse((await b.api('/api/v1/me/case')).json()).case.assistedReturn).toMatchObject({ status: 'applied', destination: 'TR' });
      expect(ownedDocumentsOf((await b.api('/api/v1/me/case')).json())).toEqual([
        'residence-permit-outside-eea will-send-later Amina Test',
        'residence-permit-outside-eea will-send-later Omid Test',
      ]);
    });

    it('asks the questions the eligibility rules read, refuses no answer, and sends the answers to the rules with the case', async () => {
      const store = await database.open();
      const w = await world(store);
      const b = await signedIn(w);
      await b.get('/apply');
      await b.post('/apply', { destination: 'AF' });
      const travellers = await b.get('/apply/travellers');
      expect(travellers.body.match(/<h1/g)).toHaveLength(1);
      const [adult] = [...travellers.body.matchAll(/type="checkbox" id="[^"]+" name="answer" value="([^"]+)"/g)].map((m) => m[1]!);
      const nobody = await b.post('/apply/travellers', {});
      expect(nobody.statusCode).toBe(400);
      expect(nobody.body).toContain('<a class="ds-link" href="#answer">Choose at least one person</a>');
      expect((await b.post('/apply/travellers', { answer: ['not-in-the-household'] })).statusCode).toBe(400);
      expect((await b.post('/apply/travellers', { answer: [adult!] })).headers.location).toBe('/apply/returned-before');
      const unanswered = await b.post('/apply/returned-before', {});
      expect(unanswered.statusCode).toBe(400);
      expect(unanswered.body).toContain('<a class="ds-link" href="#answer">Choose an answer</a>');
      expect((await b.post('/apply/returned-before', { answer: 'no' })).headers.location).toBe('/apply/forty-eight');
      expect((await b.post('/apply/forty-eight', { answer: 'yes' })).headers.location).toBe('/apply/vulnerable');
      const both = await b.post('/apply/vulnerable', { answer: ['none', 'trafficking'] });
      expect(both.statusCode).toBe(400);
      expect(both.body).toContain('href="#answer">Choose what is true for you, or “None of these”</a>');
      expect((await b.post('/apply/vulnerable', { answer: ['health-condition-needing-treatment-at-home'] })).headers.location).toBe('/apply/contact');
      await b.post('/apply/contact', { phone: '+47 400 00 000', email: '' });

      // A vulnerable situation asks for its documentation, and what kind it is.
      const documents = await b.get('/apply/documents');
      expect(documents.body).toContain('Documentation of your situation');
      const noKind = await b.upload('/apply/documents', { 'identity-0': 'none', situation: 'later' });
      expect(noKind.statusCode).toBe(400);
      expect(noKind.body).toContain('<a class="ds-link" href="#situation-kind">Choose what kind of document it is</a>');
      // Only the adult travels: one ID copy, hers, and the page does not name her.
      expect(documents.body).toContain('A copy of your passport or other ID document');
      expect(documents.body).not.toContain('id="identity-1"');
      expect((await b.upload('/apply/documents', { 'identity-0': 'none', situation: 'later', 'situation-kind': 'medical' })).headers.location).toBe(
        '/apply/check',
      );

      const check = await b.get('/apply/check');
      expect(check.body).toContain('Amina Test');
      expect(check.body).not.toContain('Omid Test');
      expect(check.body).toContain('I have a health condition that needs medical treatment in my home country');
      // The 48-hour procedure is a caveat, not a refusal.
      expect(check.body).toContain('countries where UDI processes the application for protection within 48 hours');
      const sent = await b.post('/apply/check', { version: /name="version" value="(\d+)"/.exec(check.body)![1]! });
      expect(sent.headers.location, sent.body).toBe('/apply/receipt');
      const own = z
        .object({
          case: z.looseObject({
            assistedReturn: z.looseObject({
              support: z.looseObject({ answer: z.looseObject({ lines: z.array(z.looseObject({ ageGroup: z.string() })) }) }),
              eligibility: z.looseObject({ answer: z.looseObject({ warnings: z.array(z.looseObject({ code: z.string() })) }) }),
            }),
          }),
        })
        .parse((await b.api('/api/v1/me/case')).json()).case.assistedReturn;
      // Only the adult travels: the support the rules worked out is for no child.
      expect(own.support.answer.lines.length).toBeGreaterThan(0);
      expect(own.support.answer.lines.some((line) => line.ageGroup === 'child')).toBe(false);
      expect(own.eligibility.answer.warnings.map((x) => x.code)).toContain('forty-eight-hour-procedure');
      expect(ownedDocumentsOf((await b.api('/api/v1/me/case')).json())).toEqual(['medical will-send-later Amina Test']);
      // "My application" tells what the rules said, with the caveat.
      const mine = await b.get('/my-application');
      expect(mine.body).toContain('What the rules say about your application');
      expect(mine.body).toContain('Applications for assisted return from people in this procedure are not always granted.');
      expect(mine.body).toContain('You can apply for assisted return');
    });

    it('asks who travels only in a household of more than one, and the 48-hour procedure only after a rejected claim for protection', async () => {
      const store = await database.open();
      const w = await world(store);
      const opened = await w.post(w.udi, '/api/v1/cases', {
        household: [{ name: 'Lone Test', dateOfBirth: '1980-01-01', citizenships: ['GE'], role: 'adult' }],
        decision: { kind: 'residence-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2026-02-01', notifiedOn: '2026-01-12' },
      });
      const coded = await w.post(w.udi, `/api/v1/cases/${opened.case.id}/actions/case.issue-sign-in-code`, {}, opened.version);
      const b = await signedIn({ ...w, reference: opened.case.reference }, coded.revealed!.secret!);
      await b.get('/apply');
      expect((await b.post('/apply', { destination: 'GE' })).headers.location).toBe('/apply/returned-before');
      expect((await b.get('/apply/travellers')).headers.location).toBe('/apply/returned-before');
      expect((await b.post('/apply/returned-before', { answer: 'yes' })).headers.location).toBe('/apply/vulnerable');
      expect((await b.get('/apply/forty-eight')).headers.location).toBe('/apply/vulnerable');
      expect((await b.post('/apply/vulnerable', { answer: 'none' })).headers.location).toBe('/apply/contact');
    });

    it('sends a document later from "my application": the copy takes the place of the one to be sent later', async () => {
      const store = await database.open();
      const w = await world(store);
      const { b } = await toDocuments(w);
      await b.upload('/apply/documents', { 'identity-0': 'later', 'identity-1': 'later' });
      const check = await b.get('/apply/check');
      await b.post('/apply/check', { version: versionOf(check.body) });
      await b.get('/apply/receipt');

      const mine = await b.get('/my-application');
      expect(mine.body).toContain('ID document for Amina Test: to be sent later');
      // What to do next names each document still to send, and whose.
      expect(mine.body).toContain(
        'Send these documents when you have them:</p>\n<ul class="ds-list"><li>ID document for Amina Test</li><li>ID document for Omid Test</li></ul>',
      );
      expect(mine.body).toContain('href="/my-application/documents"');
      const form = await b.get('/my-application/documents');
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('enctype="multipart/form-data"');
      // The document the person said they would send is offered first, with whose it is.
      expect(form.body).toContain('<option value="id-document" selected>');
      const [amina, omid] = [...form.body.matchAll(/<option value="([0-9a-f-]{36})"( selected)?>([^<]+)<\/option>/g)].map((m) => ({
        id: m[1]!,
        selected: m[2] !== undefined,
        name: m[3],
      }));
      expect([amina, omid]).toMatchObject([
        { name: 'Amina Test', selected: true },
        { name: 'Omid Test', selected: false },
      ]);
      const empty = await b.upload('/my-application/documents', { kind: '', version: versionOf(form.body) });
      expect(empty.statusCode).toBe(400);
      expect(empty.body).toContain('<a class="ds-link" href="#kind">Choose what kind of document it is</a>');
      expect(empty.body).toContain('<a class="ds-link" href="#person">Choose whose document it is</a>');
      expect(empty.body).toContain('<a class="ds-link" href="#file">Choose a file to upload</a>');
      const disguised = await b.upload(
        '/my-application/documents',
        { kind: 'id-document', person: omid!.id },
        { file: { name: 'id.png', type: 'image/png', bytes: JPEG } },
      );
      expect(disguised.body).toContain('href="#file">The file must be a PDF, JPEG or PNG</a>');
      expect(disguised.body).toContain(`<option value="${omid!.id}" selected>`);
      expect(documentsOf((await b.api('/api/v1/me/case')).json())).toEqual([
        { kind: 'id-document', status: 'will-send-later' },
        { kind: 'id-document', status: 'will-send-later' },
      ]);

      // Omid's copy takes the place of his "later"; Amina's is still to be sent.
      const sent = await b.upload(
        '/my-application/documents',
        { kind: 'id-document', person: omid!.id, version: versionOf(disguised.body) },
        { file: { name: 'id.png', type: 'image/png', bytes: PNG } },
      );
      expect(sent.statusCode, sent.body).toBe(303);
      expect(sent.headers.location).toBe('/my-application');
      const after = await b.get('/my-application');
      expect(after.body).toContain('We have received your document.');
      expect(after.body).toMatch(/ID document for Omid Test: received on/);
      expect(after.body).toContain('Send these documents when you have them:</p>\n<ul class="ds-list"><li>ID document for Amina Test</li></ul>');
      expect((await b.get('/my-application')).body).not.toContain('We have received your document.');
      expect(ownedDocumentsOf((await b.api('/api/v1/me/case')).json())).toEqual(['id-document will-send-later Amina Test', 'id-document uploaded Omid Test']);
      // A form based on a version the case has left sends nothing and shows the case as it is.
      const stale = await b.upload(
        '/my-application/documents',
        { kind: 'medical', person: amina!.id, version: '1' },
        { file: { name: 'letter.pdf', type: 'application/pdf', bytes: PDF } },
      );
      expect(stale.headers.location).toBe('/my-application');
      expect(documentsOf((await b.api('/api/v1/me/case')).json())).toHaveLength(2);
    });

    it('limits the document forms as every public POST is limited, before reading a byte of the file', async () => {
      const store = await database.open();
      const app = await buildServer({ logger: false, db: store.db, pagePostRateLimit: 2, loginRateLimit: 1000, oidc: null });
      const multipart = {
        payload: '--b\r\ncontent-disposition: form-data; name="identity"\r\n\r\nlater\r\n--b--\r\n',
        headers: { 'content-type': 'multipart/form-data; boundary=b', accept: 'text/html' },
      };
      for (const url of ['/apply/documents', '/my-application/documents']) {
        const statuses = [];
        for (let i = 0; i < 3; i++) statuses.push((await app.inject({ method: 'POST', url, ...multipart })).statusCode);
        // Without a CSRF token the form is refused (400); the third within the minute is not even read (429).
        expect(statuses, url).toEqual([400, 400, 429]);
      }
      await app.close();
    });

    it('renders every page of the application in all eighteen languages, with lang, dir, one <h1> and no message key', async () => {
      const store = await database.open();
      const w = await world(store);
      const problems: string[] = [];
      for (const lang of languageTags) {
        const b = await signedIn(w, w.code, lang);
        const pages = [
          await b.get(`/apply?lang=${lang}`),
          await b.post('/apply', { destination: '' }),
          (await b.post('/apply', { destination: 'AF' })) && (await b.get('/apply/travellers')),
          await b.post('/apply/travellers', {}),
          (await answerQuestions(b)) && (await b.get('/apply/returned-before')),
          await b.post('/apply/returned-before', {}),
          await b.get('/apply/forty-eight'),
          await b.get('/apply/vulnerable'),
          await b.post('/apply/vulnerable', { answer: ['none', 'trafficking'] }),
          await b.get('/apply/contact'),
          await b.post('/apply/contact', { phone: 'x', email: 'y' }),
          (await b.post('/apply/contact', { phone: '+47 400 00 000', email: '' })) && (await b.get('/apply/documents')),
          await b.upload('/apply/documents', { 'identity-0': 'upload' }),
          (await b.upload('/apply/documents', { 'identity-0': 'later', 'identity-1': 'later' })) && (await b.get('/apply/check')),
        ];
        // With no code: the start, who and which decision (each refused once), the questions, the check and the receipt.
        const n = browser(w.app, lang);
        pages.push(
          await n.get('/apply'),
          await n.get('/apply/about-you'),
          await n.post('/apply/about-you', { name: '', dateOfBirth: '2020-01-01', citizenship: '' }),
          (await n.post('/apply/about-you', { name: 'Sara Quebec', dateOfBirth: '1994-07-30', citizenship: 'IQ' })) && (await n.get('/apply/decision')),
          await n.post('/apply/decision', { kind: '', date: '2026-09-01', deadline: '2026-08-01' }),
          (await n.post('/apply/decision', { kind: 'protection-rejected', date: '2026-09-01', deadline: '' })) && (await n.get('/apply')),
          (await n.post('/apply', { destination: 'IQ' })) && (await n.get('/apply/returned-before')),
          (await n.post('/apply/returned-before', { answer: 'no' })) &&
            (await n.post('/apply/forty-eight', { answer: 'yes' })) &&
            (await n.get('/apply/vulnerable')),
          (await n.post('/apply/vulnerable', { answer: 'none' })) && (await n.get('/apply/contact')),
          (await n.post('/apply/contact', { phone: '+47 400 00 000', email: '' })) && (await n.get('/apply/check')),
          (await n.post('/apply/send', {})) && (await n.get('/apply/receipt')),
        );
        if (!pages.at(-1)!.body.includes('retur-code')) problems.push(`${lang}: no receipt without a code`);
        for (const p of pages) {
          if (!p.body.includes(`<html lang="${lang}" dir="${dirOf(lang)}"`)) problems.push(`${lang}: lang/dir`);
          if (p.body.match(/<h1/g)?.length !== 1) problems.push(`${lang}: not one <h1>`);
          if (/public\.(apply|myApplication)\.|common\.form\./.test(p.body)) problems.push(`${lang}: a message key shows`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
