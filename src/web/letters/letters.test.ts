/**
 * The decision letters' pages, through the whole server: the console's (behind the purpose question, the read
 * audited with it), and the person's from "my application". Each letter comes in the person's language and in
 * bokmål, each part with its `lang` and `dir`, and loads the fonts of its scripts; every letter formats in all
 * eighteen languages; a letter the case does not have yet, or a kind that does not exist, is a 404 page; roles
 * that may not read the case, and helpers not linked to it, are refused.
 */
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../main/server.ts';
import { createUser } from '../../cases/accounts.ts';
import { act, openCase } from '../../cases/commands.ts';
import { letterKinds } from '../../cases/letters.ts';
import { familyInput } from '../../cases/testing.ts';
import { openCaseInput } from '../../cases/processes/case.ts';
import type { Principal, StaffRole } from '../../cases/roles.ts';
import { languageTags, scriptOf } from '../../i18n/languages.ts';
import { caseWork } from '../../store/tables.ts';
import { fontStylesheets } from '../assets.ts';
import { onPGlite, type TestStore } from '../../../test/support/databases.ts';

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
const roles = ['udi', 'iom', 'une', 'police', 'guardian', 'statistics'] as const satisfies readonly StaffRole[];

interface World {
  store: TestStore;
  app: FastifyInstance;
  staff: Record<(typeof roles)[number], Principal>;
  /** Applied for assisted return, refused by UDI, appealed, deferred implementation denied. */
  refused: string;
  /** An expulsion: the household left on its own with a two-year Schengen ban. */
  banned: string;
  /** The person of the refused case, signed in. */
  person: Record<string, string>;
}

async function makeWorld(store: TestStore): Promise<World> {
  const app = await buildServer({ logger: false, db: store.db, loginRateLimit: 10_000, oidc: null });
  const staff = {} as World['staff'];
  for (const role of roles) {
    const { id } = await createUser(store.db, { username: `${role}.letters`, displayName: role, role, password: `letters-${role}-password` });
    staff[role] = { kind: 'staff', userId: id, username: `${role}.letters`, role };
  }
  const opened = await openCase(store.db, staff.udi, familyInput);
  const caseId = opened.case.id;
  const applied = await act(store.db, staff.iom, caseId, 'assisted-return.apply', { destination: 'AF' }, { expectedVersion: opened.version });
  let version = (
    await act(
      store.db,
      staff.udi,
      caseId,
      'assisted-return.reject',
      { reasons: 'The household holds a permit in Norway.' },
      { expectedVersion: applied.version },
    )
  ).version;
  version = (await act(store.db, staff.une, caseId, 'appeal.register', { registeredOn: '2026-02-10' }, { expectedVersion: version })).version;
  const secret = applied.revealed['secret']!;
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/person-login', payload: { reference: opened.case.reference, secret } });
  expect(login.statusCode, login.body).toBe(200);
  const person = { ...HTML, cookie: String(login.headers['set-cookie']).split(';')[0]! };
  const csrf = (login.json() as { csrfToken: string }).csrfToken;
  const requested = await app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/actions/deferral.request`,
    payload: {},
    headers: { cookie: person.cookie, 'x-csrf-token': csrf, 'if-match': `"${version}"` },
  });
  expect(requested.statusCode, requested.body).toBe(200);
  await act(store.db, staff.udi, caseId, 'deferral.deny', { reasons: 'No new grounds.' }, { expectedVersion: version + 1 });

  const expelled = openCaseInput.parse({ ...familyInput, decision: { ...familyInput.decision, kind: 'expelled' } });
  const other = await openCase(store.db, staff.udi, expelled);
  await act(
    store.db,
    staff.police,
    other.case.id,
    'own-departure.confirm',
    { date: '2026-03-10', destination: 'AF', entryBan: { length: 2, scope: 'schengen' } },
    { expectedVersion: other.version },
  );
  return { store, app, staff, refused: caseId, banned: other.case.id, person };
}

async function signIn(app: FastifyInstance, role: StaffRole): Promise<Record<string, string>> {
  const response = await app.inject({
    method: 'POST',
    url: '/console/sign-in',
    headers: { ...HTML, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ username: `${role}.letters`, password: `letters-${role}-password` }).toString(),
  });
  expect(response.statusCode, response.body).toBe(303);
  return { ...HTML, cookie: `retur_session=${response.cookies.find((c) => c.name === 'retur_session')!.value}` };
}

/** The parts of a letter's page: each <article>'s lang and dir. */
const parts = (body: string) => [...body.matchAll(/<article class="retur-letter" lang="([^"]+)" dir="([^"]+)"/g)].map((m) => [m[1], m[2]]);

onPGlite((database) => {
  describe('decision letters as pages', () => {
    let world: World;
    let udi: Record<string, string>;
    beforeAll(async () => {
      world = await makeWorld(await database.open());
      udi = await signIn(world.app, 'udi');
    });

    it('the console asks why first, then shows the letter in the person’s language and bokmål, and audits the read with that purpose', async () => {
      const { app, store, refused } = world;
      const url = `/console/cases/${refused}/letters/assisted-return-refused`;
      const ask = await app.inject({ method: 'GET', url: `${url}?lang=en`, headers: udi });
      expect(ask.statusCode).toBe(200);
      expect(ask.body).toContain(`<form method="get" action="${url}">`);
      expect(ask.body).not.toContain('retur-letter');

      const page = await app.inject({ method: 'GET', url: `${url}?lang=en&why=decision`, headers: udi });
      expect(page.statusCode, page.body).toBe(200);
      // Amina Test prefers Dari (fa-AF): Dari right to left, then bokmål; the page itself is the console's English.
      expect(page.body).toContain('<html lang="en" dir="ltr">');
      expect(parts(page.body)).toEqual([
        ['fa-AF', 'rtl'],
        ['nb', 'ltr'],
      ]);
      expect(page.body).toContain(fontStylesheets.arabic.url);
      // The caseworker may print it in another language: a form that keeps the purpose, the person's language chosen.
      expect(page.body).toContain(`<form method="get" action="${url}" class="retur-letter-choose">`);
      expect(page.body).toContain('<input type="hidden" name="why" value="decision">');
      expect(page.body).toContain('<option value="fa-AF" lang="fa-AF" selected>');
      expect(page.body).toContain(fontStylesheets.latin.url);
      expect(page.body).toContain('Utlendingsdirektoratet (UDI) har avslått søknaden din om assistert retur');
      expect(page.body).toContain('The household holds a permit in Norway.');
      expect(page.body).toContain('Du kan klage på vedtaket til Utlendingsnemnda (UNE). Send klagen til UDI, som traff vedtaket.');
      const audit = await caseWork(store.db)
        .selectFrom('audit')
        .select(['action', 'what', 'why', 'role'])
        .where('case_id', '=', refused)
        .where('what', '=', 'letter assisted-return-refused')
        .execute();
      expect(audit).toEqual([{ action: 'read', what: 'letter assisted-return-refused', why: 'decision', role: 'udi' }]);

      // The appeal against the decision that the household must leave is in the deadline letter.
      const deadline = await app.inject({ method: 'GET', url: `/console/cases/${refused}/letters/departure-deadline?lang=en&why=decision`, headers: udi });
      expect(deadline.body).toContain('Klagen din ble registrert 10. februar 2026.');
      expect(deadline.body).toContain('Du fikk melding om vedtaket 3. februar 2026. Klagefristen er tre uker fra den dagen.');
      // Another language on request (?in=), and the case page links every letter the case has.
      const arabic = await app.inject({ method: 'GET', url: `${url}?lang=en&why=decision&in=ar`, headers: udi });
      expect(parts(arabic.body)).toEqual([
        ['ar', 'rtl'],
        ['nb', 'ltr'],
      ]);
      const casePage = await app.inject({ method: 'GET', url: `/console/cases/${refused}?lang=en&why=decision`, headers: udi });
      for (const kind of ['assisted-return-refused', 'departure-deadline', 'deferral-decision'])
        expect(casePage.body).toContain(`href="/console/cases/${refused}/letters/${kind}?why=decision"`);
      expect(casePage.body).not.toContain('/letters/entry-ban');
    });

    it('formats every letter in each of the eighteen languages, with no message missing', async () => {
      const { app, refused, banned } = world;
      const letters: [string, string][] = [
        [refused, 'assisted-return-refused'],
        [refused, 'departure-deadline'],
        [refused, 'deferral-decision'],
        [banned, 'entry-ban'],
        [banned, 'departure-deadline'],
      ];
      for (const lang of languageTags) {
        for (const [caseId, kind] of letters) {
          const page = await app.inject({ method: 'GET', url: `/console/cases/${caseId}/letters/${kind}?lang=nb&why=case-work&in=${lang}`, headers: udi });
          expect(page.statusCode, `${lang} ${kind}`).toBe(200);
          expect(parts(page.body)[0], `${lang} ${kind}`).toEqual([
            lang,
            lang === 'ar' || lang === 'fa' || lang === 'fa-AF' || lang === 'ps' || lang === 'ckb' ? 'rtl' : 'ltr',
          ]);
          expect(page.body, `${lang} ${kind}`).toContain(fontStylesheets[scriptOf[lang]].url);
          // No key or placeholder left unformatted.
          expect(page.body, `${lang} ${kind}`).not.toMatch(/\bletter\.[a-z]+\.|\brules\.[a-z-]+\.|\{[a-zA-Z]+[,}]/);
        }
      }
      // The ban in bokmål: two years on Norway and the Schengen area, from the day they left.
      const ban = await app.inject({ method: 'GET', url: `/console/cases/${banned}/letters/entry-ban?lang=nb&why=case-work&in=nb`, headers: udi });
      expect(parts(ban.body)).toEqual([['nb', 'ltr']]);
      expect(ban.body).toContain('Brevet på norsk. Vil du lagre det som PDF');
      expect(ban.body).toContain('forbud i 2 år mot innreise til Norge og Schengen-området');
      expect(ban.body).toContain('Forbudet gjelder fra 10. mars 2026 til og med 9. mars 2028.');
    });

    it('answers 404 pages for a kind that does not exist and for a letter the case does not have yet', async () => {
      const { app, refused } = world;
      const unknown = await app.inject({ method: 'GET', url: `/console/cases/${refused}/letters/not-a-letter?lang=en&why=decision`, headers: udi });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toContain('<html lang="en"');
      const notYet = await app.inject({ method: 'GET', url: `/console/cases/${refused}/letters/entry-ban?lang=en&why=decision`, headers: udi });
      expect(notYet.statusCode).toBe(404);
      expect(notYet.body).toContain('This case has no letter “Entry ban” yet: the decision it would tell has not been made.');
      expect(letterKinds).toContain('entry-ban');
    });

    it('refuses roles that read no case, and a guardian not linked to the case as if it did not exist', async () => {
      const { app, refused } = world;
      const url = `/console/cases/${refused}/letters/departure-deadline?lang=en&why=decision`;
      expect((await app.inject({ method: 'GET', url, headers: await signIn(app, 'statistics') })).statusCode).toBe(403);
      expect((await app.inject({ method: 'GET', url, headers: HTML })).statusCode).toBe(401);
      const guardian = await app.inject({ method: 'GET', url, headers: await signIn(app, 'guardian') });
      expect(guardian.statusCode).toBe(404);
      expect(guardian.body).not.toContain('Amina');
    });

    it('gives the person their letters from “my application”, in the language they read and in bokmål, audited as theirs', async () => {
      const { app, store, refused, person } = world;
      const mine = await app.inject({ method: 'GET', url: '/my-application?lang=en', headers: person });
      expect(mine.statusCode).toBe(200);
      expect(mine.body).toContain('href="/my-application/letters/assisted-return-refused"');
      expect(mine.body).toContain('Each decision in your case as a letter, in your language and in Norwegian');
      const letter = await app.inject({ method: 'GET', url: '/my-application/letters/assisted-return-refused?lang=ar', headers: person });
      expect(letter.statusCode, letter.body).toBe(200);
      expect(letter.body).toContain('<html lang="ar" dir="rtl">');
      expect(parts(letter.body)).toEqual([
        ['ar', 'rtl'],
        ['nb', 'ltr'],
      ]);
      expect(letter.body).toContain(fontStylesheets.latin.url);
      const audit = await caseWork(store.db)
        .selectFrom('audit')
        .select(['what', 'role'])
        .where('case_id', '=', refused)
        .where('what', '=', 'letter assisted-return-refused')
        .where('role', '=', 'person')
        .execute();
      expect(audit.length).toBe(1);
      // In bokmål, one part only.
      expect(parts((await app.inject({ method: 'GET', url: '/my-application/letters/departure-deadline?lang=nb', headers: person })).body)).toEqual([
        ['nb', 'ltr'],
      ]);
      expect((await app.inject({ method: 'GET', url: '/my-application/letters/entry-ban?lang=en', headers: person })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/my-application/letters/nonsense?lang=en', headers: person })).statusCode).toBe(404);
      const anonymous = await app.inject({ method: 'GET', url: '/my-application/letters/departure-deadline', headers: HTML });
      expect([anonymous.statusCode, anonymous.headers.location]).toEqual([303, '/sign-in']);
    });
  });
});
