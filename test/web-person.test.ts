/**
 * The person's pages over HTTP on PGlite: signing in with the reference and a sign-in code (the GOV.UK error
 * pattern for a missing or wrong code, CSRF), "my application" before and after applying, withdrawing,
 * signing out and "leave this page quickly" ending the server-side session (not only the cookie), the
 * planned forced return never showing on the person's page, and the page in all eighteen languages.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dirOf, languageTags } from '../src/i18n/languages.ts';
import { onPGlite } from './support/databases.ts';
import { browser, signedIn, world } from './support/person-world.ts';

onPGlite((database) => {
  describe('the person’s pages', () => {
    it('sign-in refuses missing fields, a wrong code and a forged form with the error summary, and opens no session', async () => {
      const store = await database.open();
      const w = await world(store);
      const b = browser(w.app);
      const form = await b.get('/sign-in');
      expect(form.statusCode).toBe(200);
      expect(form.body.match(/<h1/g)).toHaveLength(1);
      expect(form.body).toContain('type="password" id="secret"');

      const empty = await b.post('/sign-in', { reference: '', secret: '' });
      expect(empty.statusCode).toBe(400);
      expect(empty.body).toMatch(/<title>Error:/);
      expect(empty.body).toContain('<a class="ds-link" href="#reference">Enter your reference</a>');
      expect(empty.body).toContain('<a class="ds-link" href="#secret">Enter your secret code</a>');

      const wrong = await b.post('/sign-in', { reference: w.reference, secret: 'not-the-code' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.body).toContain('The reference or the secret code is not right.');
      expect(wrong.body).not.toContain('not-the-code');
      expect(b.jar.has('retur_session')).toBe(false);

      const forged = await b.post('/sign-in', { reference: w.reference, secret: w.code }, 'forged');
      expect(forged.statusCode).toBe(400);
      expect(b.jar.has('retur_session')).toBe(false);
      expect((await b.get('/my-application')).headers.location).toBe('/sign-in');
    });

    it('shows the application in plain words before and after applying, with the deadline, support and documents, and withdraws it', async () => {
      const store = await database.open();
      const w = await world(store);
      const b = await signedIn(w);
      const before = await b.get('/my-application');
      expect(before.statusCode, before.body).toBe(200);
      expect(before.headers['cache-control']).toBe('no-store');
      expect(before.body).toContain('You have not applied for assisted return.');
      expect(before.body).toContain('You must leave Norway by 1 February 2026.');
      expect(before.body).toContain(`<bdi dir="ltr">${w.reference}</bdi>`);
      expect(before.body).not.toContain('/my-application/withdraw');

      // The person applies (through the API, as the application pages will), and follows it here.
      const own = z.object({ version: z.number() }).parse((await b.api('/api/v1/me/case')).json());
      const csrf = z.object({ csrfToken: z.string() }).parse((await b.api('/api/v1/auth/me')).json()).csrfToken;
      const applied = await w.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${w.caseId}/actions/assisted-return.apply`,
        payload: { destination: 'AF' },
        headers: { cookie: `retur_session=${b.jar.get('retur_session')}`, 'x-csrf-token': csrf, 'if-match': `"${own.version}"` },
      });
      expect(applied.statusCode, applied.body).toBe(200);
      const after = await b.get('/my-application');
      expect(after.body).toContain('UDI has received your application and is considering it.');
      expect(after.body).toContain('Send the documents you said you would send later.');
      expect(after.body.replace(/\u00a0/g, ' ')).toMatch(/Support you may receive: NOK [0-9,]+ in total\./);
      expect(after.body).toContain('No documents yet.');

      const confirm = await b.get('/my-application/withdraw');
      expect(confirm.statusCode).toBe(200);
      expect(confirm.body).toContain('Are you sure you want to withdraw your application?');
      const version = /name="version" value="(\d+)"/.exec(confirm.body)![1]!;
      expect((await b.post('/my-application/withdraw', { version }, 'forged')).statusCode).toBe(400);
      expect((await b.get('/my-application')).body).toContain('UDI has received your application');
      const withdrawn = await b.post('/my-application/withdraw', { version });
      expect(withdrawn.headers.location).toBe('/my-application');
      expect((await b.get('/my-application')).body).toContain('You withdrew your application.');
      // A stale confirmation (the version before) changes nothing and shows the case as it is.
      const stale = await b.post('/my-application/withdraw', { version });
      expect(stale.headers.location).toBe('/my-application');
    });

    it('never shows a forced return the police plan: the person’s page is the same before and after', async () => {
      const store = await database.open();
      const w = await world(store);
      const b = await signedIn(w);
      const before = (await b.get('/my-application')).body;
      const planned = await w.post(
        w.police,
        `/api/v1/cases/${w.caseId}/actions/forced-return.plan`,
        { date: '2099-03-01', flight: 'DY1234', escort: 'Two officers of PU', destination: 'AF' },
        w.version,
      );
      expect(planned.case).toMatchObject({ forcedReturn: { status: 'planned' } });
      const after = (await b.get('/my-application')).body;
      expect(after).toBe(before);
      for (const hidden of ['DY1234', 'Two officers', '2099', 'planned']) expect(after, hidden).not.toContain(hidden);
    });

    it('signing out and "leave this page quickly" end the session on the server, not only the cookie', async () => {
      const store = await database.open();
      const w = await world(store);
      for (const way of ['sign-out', 'leave'] as const) {
        const b = await signedIn(w);
        await b.get('/my-application');
        const token = b.jar.get('retur_session')!;
        const copied = { cookie: `retur_session=${token}` };
        expect((await w.app.inject({ method: 'GET', url: '/api/v1/me/case', headers: copied })).statusCode).toBe(200);
        const out = await b.post(way === 'sign-out' ? '/sign-out' : '/leave', {});
        expect(out.statusCode).toBe(303);
        expect(out.headers.location).toBe(way === 'sign-out' ? '/sign-in?signed-out' : 'https://www.google.com/');
        // The copied cookie is worth nothing now: the row is gone.
        expect((await w.app.inject({ method: 'GET', url: '/api/v1/me/case', headers: copied })).statusCode, way).toBe(401);
        expect((await w.app.inject({ method: 'GET', url: '/my-application', headers: { ...copied, accept: 'text/html' } })).headers.location).toBe('/sign-in');
      }
      const b = browser(w.app);
      expect((await b.get('/sign-in?signed-out')).body).toContain('You have signed out.');
    });

    it('renders sign-in and "my application" in all eighteen languages, with the right lang and dir and no message key showing', async () => {
      const store = await database.open();
      const w = await world(store);
      for (const lang of languageTags) {
        const b = await signedIn(w, w.code, lang);
        const mine = await b.get('/my-application');
        expect(mine.statusCode, lang).toBe(200);
        expect(mine.body).toContain(`<html lang="${lang}" dir="${dirOf(lang)}">`);
        expect(mine.body, lang).not.toMatch(/\b(public|common)\.[a-zA-Z]+\.[a-zA-Z.-]+/);
        const out = browser(w.app, lang);
        const page = await out.get('/sign-in');
        expect(page.body).toContain(`<html lang="${lang}" dir="${dirOf(lang)}">`);
        expect(page.body, lang).not.toMatch(/\b(public|common)\.[a-zA-Z]+\.[a-zA-Z.-]+/);
      }
    });
  });
});
