/**
 * `npm run bench -- pages` (issue 8): the server time of each public page against a constant HTML route of the
 * same server, in the same run, and the compressed size of the checker's first question as a browser first
 * loads it (HTML, stylesheet, font stylesheet and the fonts it preloads or its text needs).
 *
 * Each request goes through Fastify's `inject` (the whole server: routing, hooks, the session cookie, the
 * layout, the rule sets, compression) with no network in between. The pages and the constant route are asked
 * in turn, round after round, so that the machine's other load falls on both; the figure is the median. The
 * result pages come from a session that has answered every question. Goal: each page's median within 3× of
 * the constant route's; the first load under 60 KB.
 *
 * The person's pages (sign-in, "my application", each page of the application) need a database: a second
 * server on PGlite in memory, with its own constant route, measured the same way. Each of them reads the case
 * through the person's view and writes its audit row, as it does in service.
 */
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/main/server.ts';
import { createUser } from '../src/cases/accounts.ts';
import { migrate, openDatabase } from '../src/store/index.ts';

const ROUNDS = 400;
const CONSTANT = `<!doctype html><html lang="en"><head><title>Constant</title></head><body><main><h1>Constant</h1><p>${'The same page every time. '.repeat(40)}</p></main></body></html>`;

async function answered(app: FastifyInstance, cookie: string, csrf: string, base: string, steps: [string, Record<string, string>][]): Promise<void> {
  for (const [id, form] of steps) {
    const r = await app.inject({
      method: 'POST',
      url: `${base}/${id}`,
      payload: new URLSearchParams({ _csrf: csrf, ...form }).toString(),
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    if (r.statusCode !== 303) throw new Error(`${base}/${id} answered ${r.statusCode}`);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Asks the constant route and the pages in turn, round after round; prints each median against the constant's. */
async function measure(app: FastifyInstance, pages: readonly string[], cookieOf: (url: string) => string, rounds: number, title: string): Promise<boolean> {
  const urls = ['/bench/constant', ...pages];
  const times = new Map<string, number[]>(urls.map((u) => [u, []]));
  for (let round = -20; round < rounds; round++) {
    for (const url of urls) {
      const start = process.hrtime.bigint();
      const r = await app.inject({ method: 'GET', url, headers: { cookie: cookieOf(url), accept: 'text/html' } });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.statusCode !== 200) throw new Error(`${url} answered ${r.statusCode}`);
      if (round >= 0) times.get(url)!.push(ms);
    }
  }
  const constant = median(times.get('/bench/constant')!);
  console.log(`\n## ${title}: median server time (Fastify inject, ${rounds} rounds, pages and the constant route in turn)`);
  console.log(`  ${'constant HTML route'.padEnd(28)} ${constant.toFixed(3).padStart(8)} ms`);
  let ok = true;
  for (const url of pages) {
    const m = median(times.get(url)!);
    const ratio = m / constant;
    if (ratio > 3) ok = false;
    console.log(
      `  ${url.padEnd(28)} ${m.toFixed(3).padStart(8)} ms  ${ratio.toFixed(2).padStart(5)}× the constant route  goal ≤ 3×: ${ratio <= 3 ? 'met' : 'NOT MET'}`,
    );
  }
  return ok;
}

/** The person's pages on a server with a database: a person signed in with a sign-in code, every question answered. */
async function personPages(rounds: number): Promise<boolean> {
  const store = await openDatabase({ memory: true });
  await migrate(store);
  const app = await buildServer({ logger: false, db: store.db, loginRateLimit: 1_000_000, pagePostRateLimit: 1_000_000, oidc: null });
  app.get('/bench/constant', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(CONSTANT));
  await app.ready();
  try {
    await createUser(store.db, { username: 'udi.bench', displayName: 'UDI', role: 'udi', password: 'password-for-the-bench' });
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'udi.bench', password: 'password-for-the-bench' } });
    const udi = { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
    const household = [
      { name: 'Amina Bench', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' },
      { name: 'Omid Bench', dateOfBirth: '2015-02-10', citizenships: ['AF'], role: 'child' },
    ];
    const decision = { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2099-02-01', notifiedOn: '2026-01-12' };
    const opened = (await app.inject({ method: 'POST', url: '/api/v1/cases', payload: { household, decision }, headers: udi })).json() as {
      case: { id: string; reference: string };
      version: number;
    };
    const coded = (
      await app.inject({
        method: 'POST',
        url: `/api/v1/cases/${opened.case.id}/actions/case.issue-sign-in-code`,
        payload: {},
        headers: { ...udi, 'if-match': `"${opened.version}"` },
      })
    ).json() as { revealed: { secret: string } };

    // The browser: its cookies and the CSRF token of the last page.
    const jar = new Map<string, string>();
    let csrf = '';
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const send = async (method: 'GET' | 'POST', url: string, payload?: string | Buffer, type = 'application/x-www-form-urlencoded') => {
      const r = await app.inject({
        method,
        url,
        ...(payload === undefined ? {} : { payload }),
        headers: { cookie: cookie(), accept: 'text/html', ...(payload === undefined ? {} : { 'content-type': type }) },
      });
      for (const c of r.cookies) jar.set(c.name, c.value);
      csrf = /name="_csrf" value="([^"]+)"/.exec(r.body)?.[1] ?? csrf;
      if (r.statusCode >= 400) throw new Error(`${method} ${url} answered ${r.statusCode}`);
      return r;
    };
    const form = (fields: [string, string][]) => new URLSearchParams([['_csrf', csrf], ...fields]).toString();
    await send('GET', '/sign-in');
    await send(
      'POST',
      '/sign-in',
      form([
        ['reference', opened.case.reference],
        ['secret', coded.revealed.secret],
      ]),
    );
    await send('GET', '/apply');
    await send('POST', '/apply', form([['destination', 'AF']]));
    const travellers = await send('GET', '/apply/travellers');
    const ids = [...travellers.body.matchAll(/name="answer" value="([^"]+)"/g)].map((m) => m[1]!);
    await send('POST', '/apply/travellers', form(ids.map((id) => ['answer', id])));
    await send('POST', '/apply/returned-before', form([['answer', 'no']]));
    await send('POST', '/apply/forty-eight', form([['answer', 'no']]));
    await send('POST', '/apply/vulnerable', form([['answer', 'none']]));
    await send(
      'POST',
      '/apply/contact',
      form([
        ['phone', '+47 400 00 000'],
        ['email', ''],
      ]),
    );
    const boundary = 'bench-boundary';
    const multipart =
      [['_csrf', csrf], ...ids.map((_, i) => [`identity-${i}`, 'later'])]
        .map(([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join('') + `--${boundary}--\r\n`;
    const done = await send('POST', '/apply/documents', multipart, `multipart/form-data; boundary=${boundary}`);
    if (done.headers.location !== '/apply/check') throw new Error(`the documents page sent the person to ${String(done.headers.location)}`);

    const signedIn = cookie();
    const pages = [
      '/sign-in',
      '/my-application',
      '/my-application/documents',
      '/apply',
      '/apply/travellers',
      '/apply/returned-before',
      '/apply/forty-eight',
      '/apply/vulnerable',
      '/apply/contact',
      '/apply/documents',
      '/apply/check',
    ];
    // The sign-in page as someone not yet signed in sees it (a signed-in person is sent on to their case).
    return await measure(app, pages, (url) => (url === '/sign-in' ? '' : signedIn), rounds, 'The person’s pages (PGlite in memory)');
  } finally {
    await app.close();
    await store.close();
  }
}

export async function run(scale: number): Promise<boolean> {
  const app = await buildServer({ logger: false, pagePostRateLimit: 1_000_000 });
  app.get('/bench/constant', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(CONSTANT));
  await app.ready();

  // A session that has answered all three flows.
  const first = await app.inject({ method: 'GET', url: '/?lang=en' });
  const cookie = first.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(first.body)![1]!;
  await answered(app, cookie, csrf, '/check', [
    ['residence', { residence: 'no' }],
    ['protection', { protection: 'rejected' }],
    ['dublin', { dublin: 'no' }],
    ['residenceApplication', { residenceApplication: 'none' }],
    ['permitEnded', { permitEnded: 'no' }],
    ['otherEea', { otherEea: 'no' }],
    ['fortyEight', { fortyEight: 'no' }],
    ['minor', { minor: 'no' }],
    ['trafficking', { trafficking: 'no' }],
    ['previousSupport', { previousSupport: 'no' }],
    ['citizenship', { citizenship: 'AF' }],
  ]);
  await answered(app, cookie, csrf, '/support', [
    ['registered', { registered: 'yes' }],
    ['hasDeadline', { hasDeadline: 'yes' }],
    ['deadline', { deadline: '2099-03-15' }],
    ['citizenship', { citizenship: 'SO' }],
    ['people', { people: '3' }],
    ['births', { 'births-0': '1985-06-15', 'births-1': '1988-11-30', 'births-2': '2016-12-01' }],
  ]);
  await answered(app, cookie, csrf, '/what-now', [
    ['kind', { kind: 'protection-rejected' }],
    ['decisionDate', { decisionDate: '2026-01-05' }],
    ['hasDeadline', { hasDeadline: 'yes' }],
    ['deadline', { deadline: '2099-02-10' }],
    ['appeal', { appeal: 'none' }],
    ['schengenPermit', { schengenPermit: 'no' }],
  ]);

  const pages = [
    '/',
    '/check/residence',
    '/check/citizenship',
    '/check/answers',
    '/check/result',
    '/support/registered',
    '/support/births',
    '/support/result',
    '/what-now/kind',
    '/what-now/result',
    '/docs/errors',
  ];
  const rounds = Math.max(20, Math.round(ROUNDS * scale));
  let ok = await measure(app, pages, () => cookie, rounds, 'Public pages');

  // The first load of the checker's first question, as a browser that takes brotli gets it.
  const accept = { 'accept-encoding': 'br, gzip', accept: 'text/html' };
  const fresh = await app.inject({ method: 'GET', url: '/check/residence', headers: accept });
  const htmlBytes = fresh.rawPayload.length;
  const text = (await app.inject({ method: 'GET', url: '/check/residence', headers: { accept: 'text/html' } })).body;
  const links = [...text.matchAll(/<link rel="(?:stylesheet|preload)" href="([^"]+)"/g)].map((m) => m[1]!);
  let total = htmlBytes;
  const lines = [`  ${'HTML (brotli)'.padEnd(60)} ${String(htmlBytes).padStart(7)} B`];
  const fontCss: string[] = [];
  for (const href of links) {
    const r = await app.inject({ method: 'GET', url: href, headers: accept });
    total += r.rawPayload.length;
    lines.push(`  ${href.padEnd(60)} ${String(r.rawPayload.length).padStart(7)} B`);
    if (href.includes('/fonts-')) fontCss.push(r.body.length > 0 ? (await app.inject({ method: 'GET', url: href })).body : '');
  }
  // The faces the page's text needs besides the preloaded one: Latin semibold (headings, buttons).
  const semibold = /url\((\/assets\/noto-sans-latin-600-normal\.[\w-]+\.woff2)\)/.exec(fontCss.join(''))?.[1];
  if (semibold) {
    const r = await app.inject({ method: 'GET', url: semibold });
    total += r.rawPayload.length;
    lines.push(`  ${semibold.padEnd(60)} ${String(r.rawPayload.length).padStart(7)} B`);
  }
  const goal = 60 * 1024;
  console.log('\n## The checker’s first question, first load, compressed');
  for (const line of lines) console.log(line);
  console.log(`  ${'total'.padEnd(60)} ${String(total).padStart(7)} B = ${(total / 1024).toFixed(1)} KB  goal < 60 KB: ${total < goal ? 'met' : 'NOT MET'}`);
  if (total >= goal) ok = false;
  await app.close();
  if (!(await personPages(rounds))) ok = false;
  return ok;
}
