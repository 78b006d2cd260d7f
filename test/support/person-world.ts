/**
 * A case for the person's pages: UDI opens it for a family whose deadline has passed (so the police may plan a
 * forced return) and gives the person a sign-in code; a UDI and a police user are signed in to the API. The
 * server is built here, or given (one with a logger to search, say).
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { z } from 'zod';
import { buildServer } from '../../src/main/server.ts';
import { createUser } from '../../src/cases/accounts.ts';
import type { TestStore } from './databases.ts';

const household = [
  { name: 'Amina Test', dateOfBirth: '1990-05-01', citizenships: ['AF'], role: 'adult' },
  { name: 'Omid Test', dateOfBirth: '2015-02-10', citizenships: ['AF'], role: 'child' },
];
// The deadline has passed, so the police may plan a forced return.
const decision = { kind: 'protection-rejected', authority: 'udi', date: '2026-01-10', departureDeadline: '2026-02-01', notifiedOn: '2026-01-12' };
const caseAnswer = z.object({
  case: z.looseObject({ id: z.string(), reference: z.string() }),
  version: z.number(),
  revealed: z.record(z.string(), z.string()).optional(),
});

export async function world(store: TestStore, built?: FastifyInstance) {
  const app: FastifyInstance =
    built ?? (await buildServer({ logger: false, db: store.db, loginRateLimit: 1000, pagePostRateLimit: 1000, applicationRateLimit: 1000, oidc: null }));
  const staff = async (role: 'udi' | 'police') => {
    await createUser(store.db, { username: `${role}.web`, displayName: role, role, password: `password-for-${role}` });
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: `${role}.web`, password: `password-for-${role}` } });
    return { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json().csrfToken as string };
  };
  const udi = await staff('udi');
  const police = await staff('police');
  const post = async (who: Record<string, string>, url: string, payload: object, version?: number) => {
    const response = await app.inject({ method: 'POST', url, payload, headers: { ...who, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) } });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return caseAnswer.parse(response.json());
  };
  /** Another such household's case, with its reference and the person's sign-in code. */
  const freshCase = async () => {
    const opened = await post(udi, '/api/v1/cases', { household, decision });
    const coded = await post(udi, `/api/v1/cases/${opened.case.id}/actions/case.issue-sign-in-code`, {}, opened.version);
    return { caseId: opened.case.id, reference: opened.case.reference, code: coded.revealed!.secret!, version: coded.version };
  };
  return { app, udi, police, post, freshCase, ...(await freshCase()) };
}

/** A browser of its own: a cookie jar and the CSRF token of the last page. */
export function browser(app: FastifyInstance, lang = 'en') {
  const jar = new Map<string, string>();
  let csrf = '';
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (response: LightMyRequestResponse) => {
    for (const c of response.cookies) {
      if (c.value === '' || (c.maxAge !== undefined && c.maxAge <= 0) || (c.expires !== undefined && c.expires.getTime() < Date.now())) jar.delete(c.name);
      else jar.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) csrf = token;
    return response;
  };
  return {
    jar,
    get: async (url: string) => keep(await app.inject({ method: 'GET', url, headers: { cookie: cookie(), accept: 'text/html', 'accept-language': lang } })),
    /** A form; a field given as a list is sent once per value, as checkboxes are. */
    post: async (url: string, form: Record<string, string | readonly string[]>, token = csrf) =>
      keep(
        await app.inject({
          method: 'POST',
          url,
          payload: new URLSearchParams([
            ['_csrf', token],
            ...Object.entries(form).flatMap(([k, v]): [string, string][] => (typeof v === 'string' ? [[k, v]] : v.map((x): [string, string] => [k, x]))),
          ]).toString(),
          headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'accept-language': lang },
        }),
      ),
    /** A multipart form (a file upload), as a browser sends one: every field, then each file with its claimed type. */
    upload: async (url: string, form: Record<string, string>, files: Record<string, { name: string; type: string; bytes: Uint8Array }> = {}, token = csrf) => {
      const boundary = '----retur-test-boundary';
      const parts: Buffer[] = [];
      for (const [name, value] of Object.entries({ _csrf: token, ...form }))
        parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
      for (const [name, file] of Object.entries(files)) {
        parts.push(
          Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"; filename="${file.name}"\r\ncontent-type: ${file.type}\r\n\r\n`),
          Buffer.from(file.bytes),
          Buffer.from('\r\n'),
        );
      }
      parts.push(Buffer.from(`--${boundary}--\r\n`));
      return keep(
        await app.inject({
          method: 'POST',
          url,
          payload: Buffer.concat(parts),
          headers: { cookie: cookie(), 'content-type': `multipart/form-data; boundary=${boundary}`, accept: 'text/html', 'accept-language': lang },
        }),
      );
    },
    /** The API with this browser's cookies (no CSRF: reads only). */
    api: (url: string) => app.inject({ method: 'GET', url, headers: { cookie: cookie() } }),
  };
}

export async function signedIn(w: Awaited<ReturnType<typeof world>>, secret = w.code, lang = 'en') {
  const b = browser(w.app, lang);
  await b.get('/sign-in');
  const response = await b.post('/sign-in', { reference: w.reference.toLowerCase(), secret: ` ${secret} ` });
  expect(response.statusCode, response.body).toBe(303);
  expect(response.headers.location).toBe('/my-application');
  return b;
}
