/**
 * The API fuzzer (issue 10, "keep it so"), shared by test/fuzz-api.test.ts (a short seeded run in `npm test`)
 * and bench/fuzz.ts (`npm run bench -- fuzz`, 100,000 requests). Requests are generated with fast-check from
 * the OpenAPI document the server publishes (`app.swagger()`): for every operation its path parameters, query
 * string, headers and JSON body, mostly valid by the document's schemas and sometimes not (any value can be
 * swapped for a hostile one: NUL, lone surrogates, year 0000, huge numbers, long strings, wrong types; a
 * required field dropped, an unknown one added; malformed JSON, another content type, a path segment of 300
 * characters), as nobody, as each signed-in demo account, or with a forged cookie or token. Each goes through
 * `app.inject` (no sockets: thousands a second), and `violations()` lists what must never happen: a 5xx, a
 * crash, an error that is not problem+json with a code of the catalogue, and a refused write that wrote
 * (cases, events, change audit rows, files, departures, links and stored Idempotency-Keys are counted before
 * and after every refused POST).
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.ts';
import { errorCatalogue } from '../../src/shared/errors.ts';

type Schema = { readonly [key: string]: unknown };

export interface Parameter {
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly name: string;
  readonly required: boolean;
  readonly schema: Schema;
}

export interface Operation {
  readonly method: string;
  /** As the document has it, e.g. /api/v1/cases/{id}. */
  readonly path: string;
  readonly parameters: readonly Parameter[];
  readonly body: Schema | undefined;
}

/** A signed-in caller of the fixture: its cookie and CSRF token. */
export interface Caller {
  readonly name: string;
  readonly cookie: string;
  readonly csrf: string;
}

/** What the generated requests can point at: ids that exist, and who can sign in. */
export interface FuzzFixture {
  readonly caseIds: readonly string[];
  readonly documentIds: readonly string[];
  readonly callers: readonly Caller[];
}

export interface FuzzRequest {
  readonly operation: string;
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload: string | undefined;
  readonly remoteAddress: string;
}

const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every operation of the document. */
export function operationsOf(document: unknown): Operation[] {
  if (!isObject(document) || !isObject(document['paths'])) throw new Error('not an OpenAPI document');
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document['paths'])) {
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isObject(op) || !['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const parameters = (Array.isArray(op['parameters']) ? op['parameters'] : []).filter(isObject).map((p) => ({
        in: p['in'] as Parameter['in'],
        name: String(p['name']),
        required: p['required'] === true,
        schema: isObject(p['schema']) ? p['schema'] : {},
      }));
      const content = isObject(op['requestBody']) && isObject(op['requestBody']['content']) ? op['requestBody']['content'] : undefined;
      const json = content && isObject(content['application/json']) ? content['application/json'] : undefined;
      operations.push({ method: method.toUpperCase(), path, parameters, body: json && isObject(json['schema']) ? json['schema'] : undefined });
    }
  }
  return operations;
}

// ------------------------------------------------------------------------------------------------ values

/** Values no schema should let through, or that sit at an edge: each one has broken a service somewhere. */
const hostileValues: readonly unknown[] = [
  null,
  '',
  ' ',
  '\u0000',
  'udi\u0000',
  '\ud800',
  'a\udfffb',
  '0000-01-01',
  '0000-01',
  '9999-12-31',
  '2026-02-30',
  '1899-12-31',
  '2200-01-01',
  -1,
  0,
  1.5,
  -0.0001,
  1e308,
  -1e308,
  2 ** 53 + 1,
  true,
  false,
  [],
  {},
  [null],
  { '': null },
  '__proto__',
  'constructor',
  'x'.repeat(101),
  'x'.repeat(5000),
  '../../etc/passwd',
  "'; DROP TABLE cases; --",
  '<script>alert(1)</script>',
  '%00',
  '\u202e',
  'NaN',
  'Infinity',
];
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileValues) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

function resolve(schema: Schema, document: Schema): Schema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  let target: unknown = document;
  for (const part of ref.replace(/^#\//, '').split('/')) target = isObject(target) ? target[part] : undefined;
  return isObject(target) ? resolve(target, document) : {};
}

/**
 * A value for `schema`. `hostile` (the chance that any part is replaced by a hostile value, and that an
 * object loses a required field or gains an unknown one) is 0 for input meant to be valid, so that requests
 * also get past the edge into the commands, the rules and the statistics.
 */
export function valueOf(schema: Schema, document: Schema, hostile: boolean, depth = 0): fc.Arbitrary<unknown> {
  const valid = validOf(resolve(schema, document), document, hostile, depth);
  return hostile ? fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: hostileValue }) : valid;
}

const countries = [
  'AF',
  'SY',
  'IQ',
  'IR',
  'SO',
  'ER',
  'ET',
  'NG',
  'MA',
  'DZ',
  'RU',
  'UA',
  'GE',
  'AL',
  'RS',
  'PL',
  'SE',
  'DE',
  'NO',
  'LT',
  'TR',
  'PK',
  'XK',
  'US',
];

/** Dates, months and years as people enter them: mostly within the bounds the schema states. */
function dateLike(s: Schema, pattern: string): fc.Arbitrary<string> | undefined {
  const bound = (key: string, fallback: string): string => (typeof s[key] === 'string' ? (s[key] as string) : fallback);
  const between = (from: string, to: string) =>
    fc
      .date({ noInvalidDate: true, min: new Date(`${from.padEnd(10, '-01').slice(0, 10).replace(/-$/, '-01')}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`) })
      .map((d) => d.toISOString());
  const min = bound('formatMinimum', '1930');
  const low = min > '1990' ? min : '1990';
  const max = bound('formatMaximum', '2199');
  const high = max < '2030' ? max : '2030';
  const range = (length: number) => between(`${low.slice(0, 4)}-01-01`, `${high.slice(0, 4)}-12-31`).map((iso) => iso.slice(0, length));
  if (s['format'] === 'date' || pattern.includes('-02-29'))
    return fc.oneof({ weight: 6, arbitrary: range(10) }, { weight: 1, arbitrary: between('1930-01-01', '2030-12-31').map((iso) => iso.slice(0, 10)) });
  if (pattern === '^\\d{4}-(0[1-9]|1[0-2])$') return range(7);
  if (pattern === '^[0-9]{4}$') return range(4);
  if (pattern === '^[A-Z]{2}$')
    return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...countries) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Z]{2}$/) });
  return undefined;
}

function validOf(s: Schema, document: Schema, hostile: boolean, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant({});
  if ('const' in s) return fc.constant(s['const']);
  if (Array.isArray(s['enum']) && s['enum'].length > 0) return fc.constantFrom(...(s['enum'] as unknown[]));
  const alternatives = s['anyOf'] ?? s['oneOf'];
  if (Array.isArray(alternatives) && alternatives.length > 0)
    return fc.oneof(...alternatives.filter(isObject).map((a) => valueOf(a, document, hostile, depth + 1)));
  if (Array.isArray(s['allOf']) && isObject(s['allOf'][0])) return valueOf(s['allOf'][0], document, hostile, depth + 1);
  const type = Array.isArray(s['type']) ? s['type'][0] : s['type'];
  const num = (key: string): number | undefined => (typeof s[key] === 'number' ? (s[key] as number) : undefined);
  switch (type) {
    case 'string': {
      const maxLength = Math.min(num('maxLength') ?? 40, 200);
      const minLength = Math.min(num('minLength') ?? 0, maxLength);
      const pattern = typeof s['pattern'] === 'string' ? s['pattern'] : '';
      const known = dateLike(s, pattern);
      if (known !== undefined) return known;
      if (pattern !== '') {
        try {
          return fc.stringMatching(new RegExp(pattern), { size: 'xsmall' }).map((v) => (v.length > 400 ? v.slice(0, 400) : v));
        } catch {
          // a pattern fast-check cannot invert: plain strings
        }
      }
      if (s['format'] === 'date-time')
        return fc.date({ noInvalidDate: true, min: new Date('1990-01-01'), max: new Date('2030-12-31') }).map((d) => d.toISOString());
      if (s['format'] === 'uuid') return fc.uuid();
      const unit = fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzæøå ABCKLMNOPQRSTUVWXYZ-0123456789'.split('')) },
        { weight: hostile ? 2 : 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
      );
      return fc.string({ minLength: Math.max(minLength, 1), maxLength: Math.max(maxLength, 1), unit }).map((v) => (minLength === 0 && v === ' ' ? '' : v));
    }
    case 'integer':
      return fc.integer({ min: num('minimum') ?? (num('exclusiveMinimum') ?? -1) + 1, max: num('maximum') ?? 100_000 });
    case 'number': {
      const step = num('multipleOf');
      const min = num('minimum') ?? num('exclusiveMinimum') ?? 0;
      const max = num('maximum') ?? 1e6;
      if (step !== undefined) return fc.integer({ min: Math.ceil(min / step), max: Math.floor(max / step) }).map((n) => Math.round(n * step * 100) / 100);
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = isObject(s['items']) ? s['items'] : {};
      const maxLength = Math.min(num('maxItems') ?? 3, 3);
      return fc.array(valueOf(items, document, hostile, depth + 1), { minLength: Math.min(num('minItems') ?? 0, maxLength), maxLength });
    }
    default:
      if (type === 'object' || isObject(s['properties'])) return objectOf(s, document, hostile, depth);
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectOf(s: Schema, document: Schema, hostile: boolean, depth: number): fc.Arbitrary<unknown> {
  const properties = isObject(s['properties']) ? s['properties'] : {};
  const required = new Set(Array.isArray(s['required']) ? s['required'].map(String) : []);
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, valueOf(isObject(value) ? value : {}, document, hostile, depth + 1)]),
  );
  if (Object.keys(model).length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
  const record = fc.record(model, { requiredKeys: Object.keys(model).filter((k) => required.has(k)) });
  if (!hostile) return record;
  // Now and then a required field goes missing, or an unknown one comes along.
  return fc.tuple(record, fc.nat({ max: 20 }), fc.string({ maxLength: 10 })).map(([value, dice, unknown]) => {
    const object: Record<string, unknown> = { ...value };
    const keys = Object.keys(object);
    if (dice === 0 && keys.length > 0) delete object[keys[unknown.length % keys.length]!];
    if (dice === 1) object[`x${unknown}`] = unknown;
    return object;
  });
}

// ---------------------------------------------------------------------------------------------- requests

const printable = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);

/** A path segment: an id that exists, or not; some not even encodable, some far too long. */
function segment(ids: readonly string[], hostile: boolean): fc.Arbitrary<string> {
  const encoded = (value: string): string => {
    try {
      return encodeURIComponent(value);
    } catch {
      return '%ED%A0%80';
    }
  };
  if (!hostile && ids.length > 0) return fc.constantFrom(...ids);
  return fc.oneof(
    { weight: ids.length > 0 ? 8 : 0, arbitrary: ids.length > 0 ? fc.constantFrom(...ids) : fc.constant('x') },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }).map(encoded) },
    { weight: 1, arbitrary: fc.constantFrom('%00', '%ZZ', '%C0%AF', '%ED%A0%80', '..', '%2e%2e', 'x'.repeat(101), 'a'.repeat(300), '-1', '0', 'null') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map(encoded) },
  );
}

/** A query-string value from a parameter's schema (strings as they are, anything else as JSON). */
const asQueryValue = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

function queryString(parameters: readonly Parameter[], document: Schema, hostile: boolean): fc.Arbitrary<string> {
  const query = parameters.filter((p) => p.in === 'query');
  const model = Object.fromEntries(query.map((p) => [p.name, valueOf(p.schema, document, hostile).map(asQueryValue)]));
  return fc
    .tuple(
      fc.record(model, { requiredKeys: query.filter((p) => p.required).map((p) => p.name) }),
      hostile
        ? fc.oneof(
            { weight: 2, arbitrary: fc.constant(null) },
            { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...query.map((p) => p.name), 'unknown', 'lang', '__proto__'), fc.string({ maxLength: 20 })) },
          )
        : fc.constant(null),
    )
    .map(([values, extra]) => {
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(values)) {
        try {
          search.append(name, value);
        } catch {
          // a lone surrogate URLSearchParams cannot encode: left out
        }
      }
      if (extra !== null) search.append(extra[0], extra[1].replace(/[\ud800-\udfff]/g, '\ufffd'));
      const text = search.toString();
      return text === '' ? '' : `?${text}`;
    });
}

function body(operation: Operation, document: Schema, hostile: boolean): fc.Arbitrary<string | undefined> {
  if (operation.body === undefined && !hostile) return fc.constant(undefined);
  if (!hostile) return valueOf(operation.body ?? {}, document, false).map((v) => JSON.stringify(v) ?? 'null');
  if (operation.body === undefined)
    return fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) });
  return fc.oneof(
    { weight: 20, arbitrary: valueOf(operation.body, document, true).map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '{',
        '{"a":',
        'null',
        '[]',
        '"text"',
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        '\u0000',
        '{"a":"\\u0000"}',
        '{"a":"\\ud800"}',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
  );
}

/** One request to one operation of the document, as some caller, from some address. */
export function requestArbitrary(document: unknown, fixture: FuzzFixture): fc.Arbitrary<FuzzRequest> {
  const doc = isObject(document) ? document : {};
  const operations = operationsOf(document);
  // Two in three requests are meant to be valid (they reach the commands, the rules, the statistics); the
  // third is hostile somewhere.
  return fc.oneof(
    ...operations.map((operation) =>
      fc.oneof(
        { weight: 2, arbitrary: operationRequest(operation, doc, fixture, false) },
        { weight: 1, arbitrary: operationRequest(operation, doc, fixture, true) },
      ),
    ),
  );
}

function operationRequest(operation: Operation, document: Schema, fixture: FuzzFixture, hostile: boolean): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const pathModel = Object.fromEntries(
    pathParameters.map((p) => [p.name, segment(p.name === 'id' ? fixture.caseIds : p.name === 'documentId' ? fixture.documentIds : [], hostile)]),
  );
  // Signing out would end a caller the rest of the run needs: that route gets forged and absent sessions only.
  const callers = operation.path.endsWith('/logout') ? [] : fixture.callers;
  const caller = fc.oneof(
    {
      weight: callers.length > 0 ? 6 : 0,
      arbitrary: callers.length > 0 ? fc.constantFrom(...callers).map((c) => ({ kind: 'caller' as const, caller: c })) : fc.constant({ kind: 'none' as const }),
    },
    { weight: hostile ? 2 : 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    { weight: hostile ? 1 : 0, arbitrary: printable.map((value) => ({ kind: 'forged-cookie' as const, value })) },
    {
      weight: hostile ? 1 : 0,
      arbitrary: fc
        .tuple(fc.constantFrom('Bearer', 'bearer', 'BEARER', 'Basic', 'Token', ''), printable)
        .map(([scheme, value]) => ({ kind: 'forged-token' as const, value: `${scheme} ${value}`.trim() })),
    },
  );
  const header = (values: fc.Arbitrary<string>) => fc.option(values, { freq: 2, nil: undefined });
  return fc
    .record({
      path: fc.record(pathModel),
      query: queryString(operation.parameters, document, hostile),
      body: body(operation, document, hostile),
      caller,
      csrf: hostile
        ? fc.oneof({ weight: 8, arbitrary: fc.constant('right') }, { weight: 1, arbitrary: fc.constant('none') }, { weight: 1, arbitrary: printable })
        : fc.constant('right'),
      // A case's version is small: a guess is often right, so that writes get through.
      ifMatch: hostile
        ? header(
            fc.oneof(
              fc.nat({ max: 30 }).map((n) => `"${n}"`),
              fc.constantFrom('*', 'W/"1"', '""', '"-1"', '"99999999999999999999"', '"1", "2"'),
              printable,
            ),
          )
        : fc.integer({ min: 1, max: 12 }).map((n) => `"${n}"`),
      idempotencyKey: header(hostile ? fc.oneof(fc.uuid(), printable, fc.constant('x'.repeat(300))) : fc.uuid()),
      accept: header(fc.constantFrom('application/json', 'application/problem+json', 'text/html', 'text/csv', '*/*', 'image/png', 'application/json;q=0', '')),
      acceptLanguage: header(fc.oneof(fc.constantFrom('nb', 'nn', 'en', 'ar', 'ti', 'xx', '*', 'nb;q=0.5, ar', 'en-GB-oed'), printable)),
      contentType: !hostile
        ? fc.constant('application/json')
        : fc.oneof(
            { weight: 12, arbitrary: fc.constant('application/json') },
            {
              weight: 1,
              arbitrary: fc.constantFrom(
                'text/plain',
                'application/x-www-form-urlencoded',
                'multipart/form-data',
                'application/json; charset=latin1',
                'application/xml',
                '',
              ),
            },
          ),
      remoteAddress: fc.ipV4(),
    })
    .map((r) => {
      let url = operation.path;
      for (const [name, value] of Object.entries(r.path)) url = url.replace(`{${name}}`, value);
      const headers: Record<string, string> = {};
      if (r.caller.kind === 'caller') headers['cookie'] = r.caller.caller.cookie;
      if (r.caller.kind === 'forged-cookie') headers['cookie'] = `retur_session=${r.caller.value}`;
      if (r.caller.kind === 'forged-token') headers['authorization'] = r.caller.value;
      if (operation.method !== 'GET') {
        const csrf = r.csrf === 'right' ? (r.caller.kind === 'caller' ? r.caller.caller.csrf : undefined) : r.csrf === 'none' ? undefined : r.csrf;
        if (csrf !== undefined) headers['x-csrf-token'] = csrf;
      }
      if (r.ifMatch !== undefined) headers['if-match'] = r.ifMatch;
      if (r.idempotencyKey !== undefined) headers['idempotency-key'] = r.idempotencyKey;
      if (r.accept !== undefined) headers['accept'] = r.accept;
      if (r.acceptLanguage !== undefined) headers['accept-language'] = r.acceptLanguage;
      if (r.body !== undefined && r.contentType !== '') headers['content-type'] = r.contentType;
      return {
        operation: `${operation.method} ${operation.path}`,
        method: operation.method === 'POST' ? 'POST' : 'GET',
        url: `${url}${r.query}`,
        headers,
        payload: r.body,
        remoteAddress: r.remoteAddress,
      } satisfies FuzzRequest;
    });
}

// ------------------------------------------------------------------------------------------------ checks

/** What a refused write must leave as it was. */
export async function writtenCounts(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM events) AS events,
           (SELECT count(*) FROM audit WHERE action = 'change') AS changes, (SELECT count(*) FROM document_files) AS files,
           (SELECT count(*) FROM departures) AS departures, (SELECT count(*) FROM case_links) AS links,
           (SELECT count(*) FROM idempotency_keys) AS keys, (SELECT coalesce(sum(version), 0) FROM cases) AS versions`.execute(db);
  return JSON.stringify(rows[0]);
}

export interface Outcome {
  readonly status: number;
  readonly violations: readonly string[];
}

const codes = new Map<string, number>(Object.entries(errorCatalogue).map(([code, entry]) => [code, entry.status]));

/** Sends the request; what it broke of the rules above (none is the goal). */
export async function fire(app: FastifyInstance, db: Kysely<Database>, request: FuzzRequest): Promise<Outcome> {
  const before = request.method === 'POST' ? await writtenCounts(db) : undefined;
  let response;
  try {
    response = await app.inject({
      method: request.method,
      url: request.url,
      headers: request.headers,
      ...(request.payload === undefined ? {} : { payload: request.payload }),
      remoteAddress: request.remoteAddress,
    });
  } catch (error) {
    return { status: 0, violations: [`the request crashed the server: ${error instanceof Error ? error.stack : String(error)}`] };
  }
  const violations: string[] = [];
  const status = response.statusCode;
  if (status >= 500) violations.push(`answered ${status}: ${response.body.slice(0, 500)}`);
  if (status >= 400) {
    const type = String(response.headers['content-type'] ?? '');
    if (!type.startsWith('application/problem+json'))
      violations.push(`answered ${status} as ${type || 'no content type'}, not problem+json: ${response.body.slice(0, 300)}`);
    else {
      let problem: unknown;
      try {
        problem = JSON.parse(response.body);
      } catch {
        problem = undefined;
      }
      const code = isObject(problem) ? problem['code'] : undefined;
      if (typeof code !== 'string' || !codes.has(code))
        violations.push(`answered ${status} with a problem whose code is not in the catalogue: ${response.body.slice(0, 300)}`);
      else if (codes.get(code) !== status) violations.push(`answered ${status} with ${code}, which the catalogue gives status ${codes.get(code)}`);
    }
  }
  if (before !== undefined && status >= 400) {
    const after = await writtenCounts(db);
    if (after !== before) violations.push(`refused with ${status} but wrote: ${before} -> ${after}`);
  }
  return { status, violations };
}

/** A request as a line someone can replay (curl-like). */
export function describe(request: FuzzRequest): string {
  return JSON.stringify(request);
}

/**
 * The demo data (src/main/demo-seed.ts: cases in every state, the demo accounts) on `db`, and the app's
 * sessions for every demo account and for the person who can sign in, for requests to point at.
 */
export async function fuzzFixture(app: FastifyInstance, db: Kysely<Database>): Promise<FuzzFixture> {
  const { seedDemo } = await import('../../src/main/demo-seed.ts');
  const seeded = await seedDemo(db);
  const callers: Caller[] = [];
  const signIn = async (name: string, url: string, payload: Record<string, string>) => {
    const answer = await app.inject({ method: 'POST', url, payload, remoteAddress: '127.0.0.2' });
    if (answer.statusCode !== 200) throw new Error(`${name} could not sign in: ${answer.statusCode} ${answer.body}`);
    const cookie = [answer.headers['set-cookie'] ?? []]
      .flat()
      .map((c) => c.split(';')[0])
      .join('; ');
    callers.push({ name, cookie, csrf: String(answer.json<{ csrfToken: string }>().csrfToken) });
  };
  for (const account of seeded.accounts) await signIn(account.role, '/api/v1/auth/login', { username: account.username, password: account.password });
  if (seeded.person !== null) await signIn('person', '/api/v1/auth/person-login', seeded.person);
  const { rows } = await sql<{ id: string; documents: unknown }>`SELECT id, state -> 'documents' AS documents FROM cases ORDER BY id`.execute(db);
  const documentIds = rows.flatMap((row) => (Array.isArray(row.documents) ? row.documents : []).filter(isObject).map((d) => String(d['id'])));
  return { caseIds: rows.map((row) => row.id), documentIds: documentIds.slice(0, 50), callers };
}
