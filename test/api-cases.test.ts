/**
 * The case API end to end, on PGlite and on PostgreSQL: sign-in, opening a case, each process driven
 * through HTTP with If-Match and Idempotency-Key, the events, projections and audit rows each leaves, the
 * refusals (stale version, wrong state, wrong role, bad input), and the statistics computed from the
 * departures the case work records.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../src/main/server.ts';
import { createUser } from '../src/cases/accounts.ts';
import { caseWork } from '../src/store/tables.ts';
import { readAudit } from '../src/store/audit.ts';
import { forEachDatabase, type TestStore } from './support/databases.ts';
import { osloToday } from '../src/shared/clock.ts';
import type { StaffRole } from '../src/cases/roles.ts';

const roles: StaffRole[] = ['udi', 'iom', 'une', 'police', 'lawyer', 'guardian', 'reception', 'statistics', 'admin'];

interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

/** A request as a signed-in member of staff, with their session cookie and CSRF token. */
type Call = (who: Session, method: 'GET' | 'POST', url: string, payload?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;

async function setup(store: TestStore): Promise<{ app: FastifyInstance; as: Record<StaffRole, Session>; ids: Record<StaffRole, string>; call: Call }> {
  const app = await buildServer({ logger: false, db: store.db, loginRateLimit: 1000 });
  const ids = {} as Record<StaffRole, string>;
  const as = {} as Record<StaffRole, Session>;
  for (const role of roles) {
    const { id } = await createUser(store.db, { username: `${role}.test`, displayName: role, role, password: `password-for-${role}` });
    ids[role] = id;
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `${role}.test`, password: `password-for-${role}` } });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    as[role] = { cookie, csrf: login.json().csrfToken, userId: id };
  }
  const call: Call = (who, method, url, payload, headers = {}) =>
    app.inject({ method, url, payload: payload as never, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, ...headers } });
  return { app, as, ids, call };
}

const household = [
  { name: 'Amina Test', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' },
  { name: 'Omid Test', dateOfBirth: '2015-02-10', citizenships: ['AF'], role: 'child' },
];
const decision = (deadline: string | null) => ({
  kind: 'protection-rejected',
  authority: 'udi',
  date: '2026-01-10',
  departureDeadline: deadline,
  notifiedOn: '2026-01-12',
});

forEachDatabase((database) => {
  describe('the case API', () => {
    it('drives an assisted return from decision to departure, with events, projections and audit', async () => {
      const store = await database.open();
      const { app, as, call } = await setup(store);

      const opened = await call(as.udi, 'POST', '/api/v1/cases', { household, decision: decision('2099-12-31') });
      expect(opened.statusCode, opened.body).toBe(201);
      const caseId: string = opened.json().case.id;
      expect(opened.headers.etag).toBe('"1"');

      const applied = await call(as.iom, 'POST', `/api/v1/cases/${caseId}/actions/assisted-return.apply`, { destination: 'AF' }, { 'if-match': '"1"' });
      expect(applied.statusCode, applied.body).toBe(200);
      expect(applied.json().case.assistedReturn.status).toBe('applied');
      expect(applied.json().case.assistedReturn.eligibility.answer.outcome).toBe('eligible');
      expect(applied.json().case.assistedReturn.support.answer.total).toBeGreaterThan(0);
      expect(applied.json().revealed.secret).toMatch(/.{12,}/);
      expect(applied.json().case.assistedReturn.secretHash).toBeUndefined();

      // A stale version is refused with 412 and nothing is written.
      const stale = await call(as.udi, 'POST', `/api/v1/cases/${caseId}/actions/assisted-return.grant`, {}, { 'if-match': '"1"' });
      expect(stale.statusCode).toBe(412);
      expect(stale.json().code).toBe('CASE_VERSION_CONFLICT');
      // No If-Match: 428.
      expect((await call(as.udi, 'POST', `/api/v1/cases/${caseId}/actions/assisted-return.grant`, {})).statusCode).toBe(428);
      // The wrong role: 403. The wrong state: 409 naming the state.
      expect((await call(as.police, 'POST', `/api/v1/cases/${caseId}/actions/assisted-return.grant`, {}, { 'if-match': '"2"' })).statusCode).toBe(403);
      const wrongState = await call(
        as.iom,
        'POST',
        `/api/v1/cases/${caseId}/actions/assisted-return.arrange-travel`,
        { travelDate: '2099-01-01', travelDocument: 'passport', ticket: 'X1' },
        { 'if-match': '"2"' },
      );
      expect(wrongState.statusCode).toBe(409);
      expect(wrongState.json()).toMatchObject({ code: 'CASE_INVALID_TRANSITION', state: 'applied', action: 'assisted-return.arrange-travel' });
      // Bad input: 400 naming the field, nothing written.
      const bad = await call(as.iom, 'POST', `/api/v1/cases/${caseId}/actions/assisted-return.arrange-travel`, { travelDate: 'soon' }, { 'if-match': '"2"' });
      expect(bad.statusCode).toBe(400);

      const granted = await call(
        as.udi,
        'POST',
        `/api/v1/cases/${caseId}/actions/assisted-return.grant`,
        {},
        { 'if-match': '"2"', 'idempotency-key': 'grant-0001' },
      );
      expect(granted.statusCode, granted.body).toBe(200);
      // The same request with the same key gets the same answer and changes nothing.
      const again = await call(
        as.udi,
        'POST',
        `/api/v1/cases/${caseId}/actions/assisted-return.grant`,
        {},
        { 'if-match': '"2"', 'idempotency-key': 'grant-0001' },
      );
      expect(again.statusCode).toBe(200);
      expect(again.json().version).toBe(3);
      // The same key with another request is refused.
      const reused = await call(
        as.udi,
        'POST',
        `/api/v1/cases/${caseId}/actions/assisted-return.reject`,
        { reasons: 'x' },
        { 'if-match': '"3"', 'idempotency-key': 'grant-0001' },
      );
      expect(reused.statusCode).toBe(422);

      const today = osloToday();
      expect(
        (
          await call(
            as.iom,
            'POST',
            `/api/v1/cases/${caseId}/actions/assisted-return.arrange-travel`,
            { travelDate: today, travelDocument: 'passport', ticket: 'ABC123' },
            { 'if-match': '"3"' },
          )
        ).statusCode,
      ).toBe(200);
      const departed = await call(as.iom, 'POST', `/api/v1/cases/${caseId}/actions/assisted-return.record-departure`, { date: today }, { 'if-match': '"4"' });
      expect(departed.statusCode, departed.body).toBe(200);
      expect(departed.json().case.status).toBe('departed');

      const events = await call(as.udi, 'GET', `/api/v1/cases/${caseId}/events?why=test`);
      expect(events.json().events.map((e: { type: string }) => e.type)).toEqual([
        'case.opened',
        'assisted-return.apply',
        'assisted-return.grant',
        'assisted-return.arrange-travel',
        'assisted-return.record-departure',
      ]);
      const row = await caseWork(store.db)
        .selectFrom('cases')
        .select(['status', 'version', 'assisted_status', 'departed_on'])
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'departed', version: 5, assisted_status: 'departed', departed_on: today });
      // The rules' answers are kept in the case; their traces are in the event that asked them.
      const applyEvent = events.json().events[1];
      expect(applyEvent.payload.eligibility.trace).toBeDefined();
      expect(applyEvent.payload.support.trace).toBeDefined();
      expect(applied.json().case.assistedReturn.eligibility).toEqual({
        ruleSet: 'assisted-return-eligibility',
        answer: applyEvent.payload.eligibility.answer,
        traceInEvent: applyEvent.sequence,
      });
      const departures = await caseWork(store.db).selectFrom('departures').selectAll().where('case_id', '=', caseId).execute();
      expect(departures).toHaveLength(2);
      expect(departures.every((d) => d.return_type === 'assisted')).toBe(true);
      const audit = await readAudit(store.db, { caseId });
      expect(audit.filter((a) => a.action === 'change').length).toBeGreaterThanOrEqual(5);
      expect(audit.some((a) => a.action === 'read' && a.why === 'test')).toBe(true);
      await app.close();
    });

    it('lets one of two commands sent at once on the same version through, refuses the other with 412, and leaves nothing of it', async () => {
      const store = await database.open();
      const { app, as } = await setup(store);
      const call = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
        app.inject({ method: 'POST', url, payload: payload as never, headers: { cookie: as.une.cookie, 'x-csrf-token': as.une.csrf, ...headers } });
      const count = async (table: 'events' | 'audit', caseId: string) =>
        Number(
          (
            await caseWork(store.db)
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('case_id', '=', caseId)
              .executeTakeFirstOrThrow()
          ).n,
        );
      // Without Idempotency-Keys (one statement each, no transaction) and with them (a transaction each).
      for (const keys of [[], ['race-key-a', 'race-key-b']]) {
        const caseId: string = (await call('/api/v1/cases', { household, decision: decision('2099-12-31') })).json().case.id;
        const headersOf = (i: number) => ({ 'if-match': '"1"', ...(keys[i] === undefined ? {} : { 'idempotency-key': keys[i] }) });
        const answers = await Promise.all(
          [0, 1].map((i) => call(`/api/v1/cases/${caseId}/actions/appeal.register`, { grounds: `grounds ${i}` }, headersOf(i))),
        );
        expect(answers.map((a) => a.statusCode).sort(), answers.map((a) => a.body).join('\n')).toEqual([200, 412]);
        const [won, lost] = answers[0]!.statusCode === 200 ? [answers[0]!, answers[1]!] : [answers[1]!, answers[0]!];
        expect(lost.json()).toMatchObject({ code: 'CASE_VERSION_CONFLICT', currentVersion: 2 });
        const row = await caseWork(store.db)
          .selectFrom('cases')
          .select(['version', 'appeal_status', 'state'])
          .where('id', '=', caseId)
          .executeTakeFirstOrThrow();
        expect(row).toMatchObject({ version: 2, appeal_status: 'registered' });
        expect((row.state as { appeal: { grounds: string } }).appeal.grounds).toBe(won.json().case.appeal.grounds);
        // Two events (opened, the one appeal) and two audit rows of changes: nothing of the refused command.
        expect(await count('events', caseId)).toBe(2);
        expect(await count('audit', caseId)).toBe(2);
      }
      await app.close();
    });

    it('shows lawyers only their clients, hides planned forced returns from them, and never lists personal data', async () => {
      const store = await database.open();
      const { app, as, call } = await setup(store);
      const opened = await call(as.udi, 'POST', '/api/v1/cases', { household, decision: decision('2026-02-01') });
      const caseId: string = opened.json().case.id;
      expect((await call(as.lawyer, 'GET', `/api/v1/cases/${caseId}`)).statusCode).toBe(404);
      expect((await call(as.lawyer, 'GET', '/api/v1/cases')).json().items).toEqual([]);
      const linked = await call(
        as.udi,
        'POST',
        `/api/v1/cases/${caseId}/actions/case.link`,
        { relation: 'lawyer', userId: as.lawyer.userId },
        { 'if-match': '"1"' },
      );
      expect(linked.statusCode, linked.body).toBe(200);
      const today = osloToday();
      const planned = await call(
        as.police,
        'POST',
        `/api/v1/cases/${caseId}/actions/forced-return.plan`,
        { date: today, flight: 'DY1234', escort: 'two officers', destination: 'AF' },
        { 'if-match': '"2"' },
      );
      expect(planned.statusCode, planned.body).toBe(200);
      const seenByLawyer = await call(as.lawyer, 'GET', `/api/v1/cases/${caseId}`);
      expect(seenByLawyer.statusCode).toBe(200);
      expect(seenByLawyer.json().case.forcedReturn).toEqual({ status: 'none' });
      expect(JSON.stringify(seenByLawyer.json())).not.toContain('DY1234');
      const list = await call(as.lawyer, 'GET', '/api/v1/cases');
      expect(list.json().items).toHaveLength(1);
      expect(list.json().items[0].forcedReturn).toBe('none');
      expect(JSON.stringify(list.json())).not.toContain('Amina');
      const police = await call(as.police, 'GET', '/api/v1/cases?overdue=true');
      expect(police.json().items.map((i: { id: string }) => i.id)).toContain(caseId);
      expect(police.json().items[0].forcedReturn).toBe('planned');
      await app.close();
    });

    it('gives in every case answer the actions the caller may take now, worked out on the caller’s view', async () => {
      const store = await database.open();
      const { app, as, call } = await setup(store);
      const allowed = (answer: { json: () => { allowedActions: { id: string }[] } }) => answer.json().allowedActions.map((a) => a.id);
      const opened = await call(as.udi, 'POST', '/api/v1/cases', { household, decision: decision('2099-12-31') });
      const caseId: string = opened.json().case.id;
      expect(allowed(opened)).toContain('case.link');
      expect(allowed(opened)).not.toContain('assisted-return.grant');
      expect(opened.json().allowedActions).toContainEqual({ id: 'case.link', process: 'case', title: expect.any(String) });

      // The answer to an action: IOM applies, and may not arrange the journey before UDI grants it.
      const applied = await call(as.iom, 'POST', `/api/v1/cases/${caseId}/actions/assisted-return.apply`, { destination: 'AF' }, { 'if-match': '"1"' });
      expect(allowed(applied)).not.toContain('assisted-return.arrange-travel');
      expect(allowed(applied)).not.toContain('assisted-return.apply');
      // The answer to a read: UDI may now decide it; the police may not.
      expect(allowed(await call(as.udi, 'GET', `/api/v1/cases/${caseId}`))).toEqual(
        expect.arrayContaining(['assisted-return.grant', 'assisted-return.reject']),
      );
      // The guard too: no forced return is offered before the deadline has passed.
      const police = allowed(await call(as.police, 'GET', `/api/v1/cases/${caseId}`));
      expect(police).not.toContain('assisted-return.grant');
      expect(police).not.toContain('forced-return.plan');

      // A lawyer's answer is the same whether or not a forced return is planned; the police's offers carrying it out.
      const overdue: string = (await call(as.udi, 'POST', '/api/v1/cases', { household, decision: decision('2026-02-01') })).json().case.id;
      const linked = await call(
        as.udi,
        'POST',
        `/api/v1/cases/${overdue}/actions/case.link`,
        { relation: 'lawyer', userId: as.lawyer.userId },
        { 'if-match': '"1"' },
      );
      expect(linked.statusCode, linked.body).toBe(200);
      const before = await call(as.lawyer, 'GET', `/api/v1/cases/${overdue}`);
      expect(allowed(await call(as.police, 'GET', `/api/v1/cases/${overdue}`))).toContain('forced-return.plan');
      const planned = await call(
        as.police,
        'POST',
        `/api/v1/cases/${overdue}/actions/forced-return.plan`,
        { date: osloToday(), flight: 'DY1234', escort: 'two officers', destination: 'AF' },
        { 'if-match': '"2"' },
      );
      expect(planned.statusCode, planned.body).toBe(200);
      expect(allowed(planned)).toContain('forced-return.execute');
      const after = await call(as.lawyer, 'GET', `/api/v1/cases/${overdue}`);
      expect(after.json().allowedActions).toEqual(before.json().allowedActions);
      expect(allowed(after)).not.toContain('forced-return.execute');
      await app.close();
    });

    it('pages through a list with a cursor, and refuses a cursor it did not give', async () => {
      const store = await database.open();
      const { app, as, call } = await setup(store);
      for (let i = 0; i < 5; i++)
        expect((await call(as.udi, 'POST', '/api/v1/cases', { household, decision: decision(i === 0 ? null : `2026-02-0${i}`) })).statusCode).toBe(201);
      const seen: string[] = [];
      let next: string | null = null;
      do {
        const page = await call(as.police, 'GET', `/api/v1/cases?overdue=true&limit=2${next ? `&cursor=${next}` : ''}`);
        expect(page.statusCode, page.body).toBe(200);
        seen.push(...page.json().items.map((i: { id: string }) => i.id));
        next = page.json().next;
      } while (next);
      expect(new Set(seen).size).toBe(5);
      expect((await call(as.police, 'GET', '/api/v1/cases?cursor=bm9wZQ')).statusCode).toBe(404);
      await app.close();
    });

    it('counts the forced returns the case work records in the public statistics', async () => {
      const store = await database.open();
      const { app, as, call } = await setup(store);
      const opened = await call(as.udi, 'POST', '/api/v1/cases', { household, decision: decision('2026-02-01') });
      const caseId: string = opened.json().case.id;
      const today = osloToday();
      expect(
        (
          await call(
            as.police,
            'POST',
            `/api/v1/cases/${caseId}/actions/forced-return.plan`,
            { date: today, flight: 'DY1', escort: 'police', destination: 'AF' },
            { 'if-match': '"1"' },
          )
        ).statusCode,
      ).toBe(200);
      const executed = await call(
        as.police,
        'POST',
        `/api/v1/cases/${caseId}/actions/forced-return.execute`,
        { date: today, cost: { totalNok: 12000, paidByPersonNok: 0 } },
        { 'if-match': '"2"' },
      );
      expect(executed.statusCode, executed.body).toBe(200);
      const month = today.slice(0, 7);
      const report = await app.inject({ method: 'GET', url: `/api/v1/statistics/forced-returns?month=${month}` });
      expect(report.statusCode).toBe(200);
      expect(report.json().total.thisYear).toBe(2);
      expect(report.json().byCategory.asylum.thisYear).toBe(2);
      expect(report.json().minors.withFamily).toBe(1);
      const cached = await app.inject({
        method: 'GET',
        url: `/api/v1/statistics/forced-returns?month=${month}`,
        headers: { 'if-none-match': String(report.headers.etag) },
      });
      expect(cached.statusCode).toBe(304);
      await app.close();
    });
  });
});

forEachDatabase((database) => {
  describe('uploaded documents', () => {
    it('keeps an upload checked by its bytes, serves it to those who may see it, and keeps medical documents from the police', async () => {
      const store = await database.open();
      const { app, as, call } = await setup(store);
      const opened = await call(as.udi, 'POST', '/api/v1/cases', { household, decision: decision('2099-12-31') });
      const caseId: string = opened.json().case.id;
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of a tiny png')]);
      const pdf = Buffer.from('%PDF-1.7\nA medical certificate\n%%EOF');

      const notPng = await call(
        as.iom,
        'POST',
        `/api/v1/cases/${caseId}/actions/case.record-document`,
        { kind: 'passport', status: 'uploaded', content: { mediaType: 'image/png', base64: pdf.toString('base64') } },
        { 'if-match': '"1"' },
      );
      expect(notPng.statusCode).toBe(400);
      expect(notPng.json().errors[0].path).toBe('/content/base64');
      const tooBig = await call(
        as.iom,
        'POST',
        `/api/v1/cases/${caseId}/actions/case.record-document`,
        {
          kind: 'passport',
          status: 'uploaded',
          content: {
            mediaType: 'image/png',
            base64: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5 * 1024 * 1024)]).toString('base64'),
          },
        },
        { 'if-match': '"1"' },
      );
      expect(tooBig.statusCode).toBe(400);

      const passport = await call(
        as.iom,
        'POST',
        `/api/v1/cases/${caseId}/actions/case.record-document`,
        { kind: 'passport', status: 'uploaded', content: { mediaType: 'image/png', base64: png.toString('base64') } },
        { 'if-match': '"1"' },
      );
      expect(passport.statusCode, passport.body).toBe(200);
      const medical = await call(
        as.iom,
        'POST',
        `/api/v1/cases/${caseId}/actions/case.record-document`,
        { kind: 'medical', status: 'uploaded', content: { mediaType: 'application/pdf', base64: pdf.toString('base64') } },
        { 'if-match': '"2"' },
      );
      expect(medical.statusCode, medical.body).toBe(200);
      const documents: { id: string; kind: string; file: { size: number; sha256: string } }[] = medical.json().case.documents;
      const passportDoc = documents.find((d) => d.kind === 'passport')!;
      const medicalDoc = documents.find((d) => d.kind === 'medical')!;
      expect(passportDoc.file.size).toBe(png.length);

      const content = await call(as.udi, 'GET', `/api/v1/cases/${caseId}/documents/${medicalDoc.id}/content?why=assessment`);
      expect(content.statusCode).toBe(200);
      expect(content.headers['content-type']).toBe('application/pdf');
      expect(content.rawPayload.equals(pdf)).toBe(true);
      // The bytes are not in the event log.
      const events = await call(as.udi, 'GET', `/api/v1/cases/${caseId}/events?why=test`);
      expect(events.body).not.toContain(pdf.toString('base64'));
      // The police see the passport, not the medical certificate.
      const asPolice = await call(as.police, 'GET', `/api/v1/cases/${caseId}`);
      expect(asPolice.json().case.documents.map((d: { kind: string }) => d.kind)).toEqual(['passport']);
      expect((await call(as.police, 'GET', `/api/v1/cases/${caseId}/documents/${medicalDoc.id}/content`)).statusCode).toBe(404);
      expect((await call(as.police, 'GET', `/api/v1/cases/${caseId}/documents/${passportDoc.id}/content`)).statusCode).toBe(200);
      await app.close();
    });
  });
});

forEachDatabase((database) => {
  describe('appeal, deferred implementation, departure on one’s own and after, through HTTP', () => {
    it('takes a case from the appeal to the re-entry check and the registry correction', async () => {
      const store = await database.open();
      const { app, as } = await setup(store);
      let version = 1;
      const step = async (who: Session, action: string, payload: unknown, status = 200) => {
        const response = await app.inject({
          method: 'POST',
          url: `/api/v1/cases/${caseId}/actions/${action}`,
          payload: payload as never,
          headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'if-match': `"${version}"` },
        });
        expect(response.statusCode, `${action}: ${response.body}`).toBe(status);
        if (status === 200) version = response.json().version;
        return response.json();
      };
      const today = osloToday();
      const opened = await app.inject({
        method: 'POST',
        url: '/api/v1/cases',
        payload: { household, decision: { ...decision('2099-12-31'), expelled: false }, registeredAsMovedOn: '2018-03-01' },
        headers: { cookie: as.udi.cookie, 'x-csrf-token': as.udi.csrf },
      });
      expect(opened.statusCode, opened.body).toBe(201);
      const caseId: string = opened.json().case.id;
      await step(as.udi, 'case.link', { relation: 'lawyer', userId: as.lawyer.userId });

      // Deferred implementation cannot be asked for before there is an appeal.
      expect((await step(as.lawyer, 'deferral.request', {}, 409)).condition).toBe('appeal-pending');
      await step(as.lawyer, 'appeal.register', { grounds: 'The risk on return was not assessed' });
      await step(as.lawyer, 'deferral.request', {});
      expect((await step(as.une, 'deferral.grant', { reasons: 'May remain while UNE considers the appeal' })).case.deferral.status).toBe('granted');
      const upheld = await step(as.une, 'appeal.decide', { outcome: 'upheld', newDeadline: today, reasons: 'The decision stands' });
      expect(upheld.case.appeal).toMatchObject({ status: 'upheld', newDeadline: today });

      await step(as.lawyer, 'own-departure.announce', { date: today });
      const left = await step(as.police, 'own-departure.confirm', { date: today, destination: 'AF' });
      expect(left.case.status).toBe('departed');
      expect(left.case.departure).toMatchObject({ type: 'own', date: today });

      const check = await step(as.police, 're-entry.check', { plannedEntryDate: today });
      expect(check.case.reEntryChecks.at(-1).outcome).toBe('no-bar');
      expect((await step(as.police, 'debt.record-repayment', { amountNok: 100 }, 409)).condition).toBe('debt-owed');
      const corrected = await step(as.lawyer, 'registry.request-correction', { reason: 'Registered as moved by mistake' });
      expect(corrected.case.registry.correction.reason).toBe('Registered as moved by mistake');

      const events = await app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/events?why=test`, headers: { cookie: as.une.cookie } });
      expect(events.json().events.map((e: { type: string }) => e.type)).toEqual([
        'case.opened',
        'case.link',
        'appeal.register',
        'deferral.request',
        'deferral.grant',
        'appeal.decide',
        'own-departure.announce',
        'own-departure.confirm',
        're-entry.check',
        'registry.request-correction',
      ]);
      const departures = await caseWork(store.db).selectFrom('departures').select(['return_type']).where('case_id', '=', caseId).execute();
      expect(departures.map((d) => d.return_type)).toEqual(['own', 'own']);
      await app.close();
    });
  });
});
