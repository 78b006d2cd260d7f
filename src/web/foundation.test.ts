/**
 * The shared web foundation: the language of a page (`?lang=`, the cookie, Accept-Language), the layout's
 * picker, review notice, quick exit and footer, errors as pages for browsers (problem+json for the API), the
 * quick exit's clearing, and the sessions the forms keep answers in, on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../main/server.ts';
import { forEachDatabase } from '../../test/support/databases.ts';
import { databaseSessionStore, memorySessionStore, type WebSessionStore } from './session.ts';

describe('the layout and the language of a page', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ logger: false });
  });
  afterAll(async () => {
    await app.close();
  });

  it('takes ?lang= first, remembers it in retur_lang, and sets lang and dir', async () => {
    const page = await app.inject({ method: 'GET', url: '/?lang=ar', headers: { 'accept-language': 'fr' } });
    expect(page.body).toContain('<html lang="ar" dir="rtl">');
    const cookie = page.cookies.find((c) => c.name === 'retur_lang');
    expect(cookie?.value).toBe('ar');
    expect(cookie?.httpOnly).toBe(true);
    const again = await app.inject({ method: 'GET', url: '/', headers: { cookie: 'retur_lang=ar', 'accept-language': 'fr' } });
    expect(again.body).toContain('<html lang="ar" dir="rtl">');
  });

  it('falls back to Accept-Language, then English; never reads the address', async () => {
    expect((await app.inject({ method: 'GET', url: '/', headers: { 'accept-language': 'ru-RU,ru;q=0.9' } })).body).toContain('<html lang="ru" dir="ltr">');
    expect((await app.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-for': '5.1.2.3' } })).body).toContain('<html lang="en" dir="ltr">');
  });

  it('puts the picker (keeping the page), the quick exit, the review notice and the footer on a page', async () => {
    const body = (await app.inject({ method: 'GET', url: '/?lang=ta' })).body;
    expect(body).toContain('<form class="retur-lang" method="get" action="/">');
    expect(body).toMatch(/<option value="ta" lang="ta" selected>/);
    expect(body).toMatch(/<form class="retur-leave" method="post" action="\/leave"><input type="hidden" name="_csrf" value="[\w-]{43}">/);
    expect(body).toContain('retur-review');
    expect(body).toContain('href="/?lang=en"');
    expect(body).toContain('href="/?lang=nb"');
    expect(body).toMatch(/fonts-tamil\.[\w-]+\.css/);
    expect(body).not.toMatch(/fonts-latin\./);
    for (const link of ['/api/openapi.json', '/docs/rules', '/docs/errors', '/statistics/forced-returns']) expect(body).toContain(`href="${link}"`);
    // Bokmål is unreviewed too: its notice offers English, not a link to the page itself.
    const bokmal = (await app.inject({ method: 'GET', url: '/?lang=nb' })).body;
    expect(bokmal).toContain('retur-review');
    expect(bokmal).toContain('href="/?lang=en" lang="en"');
    expect(/<div class="ds-alert retur-review"[\s\S]*?<\/div>/.exec(bokmal)?.[0]).not.toContain('href="/?lang=nb"');
    // English is the source: no review notice. No inline script or style anywhere.
    const english = (await app.inject({ method: 'GET', url: '/?lang=en' })).body;
    expect(english).not.toContain('retur-review');
    expect(english).not.toMatch(/<script|<style|style=/);
  });

  it('answers a browser with an error page in its language, and the API and other clients with problem+json', async () => {
    const page = await app.inject({
      method: 'GET',
      url: '/no-such-page',
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', cookie: 'retur_lang=nb' },
    });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<html lang="nb" dir="ltr">');
    expect(page.body).toContain('Fant ikke siden');
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing', headers: { accept: 'text/html' } });
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    const curl = await app.inject({ method: 'GET', url: '/no-such-page' });
    expect(curl.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('leaves quickly: forgets the session, clears the cookies and the site data, and goes to a neutral site', async () => {
    const leave = await app.inject({ method: 'POST', url: '/leave', headers: { cookie: 'retur_lang=ar; retur_web=' + 'a'.repeat(43) } });
    expect(leave.statusCode).toBe(303);
    expect(leave.headers.location).toBe('https://www.google.com/');
    expect(leave.headers['clear-site-data']).toBe('"cache", "cookies", "storage"');
    const cleared = leave.cookies.filter((c) => c.value === '').map((c) => c.name);
    expect(cleared).toEqual(expect.arrayContaining(['retur_web', 'retur_lang']));
  });

  it('serves /docs in the layout, its code blocks scrolling inside the page', async () => {
    const docs = await app.inject({ method: 'GET', url: '/docs/errors' });
    expect(docs.body).toContain('class="retur-header"');
    expect(docs.body).toContain('<pre class="retur-pre" tabindex="0">');
    expect((await app.inject({ method: 'GET', url: '/docs/rules' })).body).toContain('<div class="retur-scroll" tabindex="0"><table');
  });
});

async function roundTrip(store: WebSessionStore): Promise<void> {
  expect(await store.read('h1')).toBeUndefined();
  await store.write('h1', { checker: { residence: 'no' } }, new Date(Date.now() + 60_000));
  expect(await store.read('h1')).toEqual({ checker: { residence: 'no' } });
  await store.write('h1', { checker: { residence: 'yes' } }, new Date(Date.now() + 60_000));
  expect(await store.read('h1')).toEqual({ checker: { residence: 'yes' } });
  // An expired session reads as none.
  await store.write('h2', { checker: {} }, new Date(Date.now() - 1000));
  expect(await store.read('h2')).toBeUndefined();
  await store.remove('h1');
  expect(await store.read('h1')).toBeUndefined();
}

describe('web sessions', () => {
  it('keep, replace, expire and forget answers in memory', async () => {
    await roundTrip(memorySessionStore());
  });
});

forEachDatabase((database) => {
  describe('web sessions in the database', () => {
    it('keep, replace, expire and forget answers', async () => {
      const store = await database.open();
      await roundTrip(databaseSessionStore(store.db));
    });
  });
});
