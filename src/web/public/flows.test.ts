/**
 * The public flows, node by node, over HTTP: every question is reachable by some answers and renders as one
 * question with its <h1>; every answer of every choice leads where the flow's `next` says (every branch);
 * every question refuses an empty or wrong answer with the error summary linking to the field and the message
 * by it, and writes nothing; a question off the person's path is not shown; the check page lists the answers
 * and the result page is the rule set's answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../../main/server.ts';
import { CHECK, pathOf, questionOf, type Answers, type Flow, type Question } from '../flow.ts';
import { checkerFlow } from './checker.ts';
import { calculatorFlow } from './calculator.ts';
import { decisionFlow } from './decision.ts';
import { translateKey } from '../../i18n/format.ts';
import { dirOf } from '../../i18n/languages.ts';
import { assistedReturnSupportRuleSet, supportInput } from '../../rules/assisted-return/support.ts';
import { osloToday } from '../../shared/clock.ts';
import { escapeHtml } from '../html.ts';

const flows: readonly Flow[] = [checkerFlow, calculatorFlow, decisionFlow];

/** A valid answer of each kind, as a form sends it, and as the session keeps it. */
function sampleAnswers(q: Question, answers: Answers): { form: Record<string, string>; value: unknown }[] {
  switch (q.kind) {
    case 'choice':
      return q.options.map((o) => ({ form: { [q.id]: o }, value: o }));
    case 'multi':
      return [
        { form: {}, value: [] },
        { form: { [q.id]: q.options[0]! }, value: [q.options[0]] },
      ];
    case 'country':
      return [{ form: { [q.id]: 'AF' }, value: 'AF' }];
    case 'count':
      return [{ form: { [q.id]: '2' }, value: 2 }];
    case 'date':
      return [{ form: { [q.id]: '2026-01-10' }, value: '2026-01-10' }];
    case 'dates': {
      const n = Number(answers[q.countFrom] ?? 1);
      const form = Object.fromEntries(Array.from({ length: n }, (_, i) => [`${q.id}-${i}`, `19${80 + i}-05-01`]));
      return [{ form, value: Object.values(form) }];
    }
  }
}

/**
 * Every question the flow can reach, each with up to four ways to it (the answers that reach it, as the form
 * steps that give them), chosen so that the ways differ in where the question's own answers lead: every
 * branch out of every question is taken by some way. The walk itself visits every combination of answers.
 */
type Way = { steps: { id: string; form: Record<string, string> }[]; answers: Answers };
function explore(flow: Flow): Map<string, Way[]> {
  const reached = new Map<string, Map<string, Way>>();
  const seen = new Set<string>();
  const walk = (answers: Answers, steps: Way['steps']) => {
    const { unanswered } = pathOf(flow, answers);
    if (unanswered === undefined) return;
    const key = `${unanswered}:${JSON.stringify(answers)}`;
    if (seen.has(key)) return;
    seen.add(key);
    const q = questionOf(flow, unanswered)!;
    const samples = sampleAnswers(q, answers);
    const branches = samples.map((sample) => pathOf(flow, { ...answers, [q.id]: sample.value }).unanswered ?? CHECK).join('|');
    const ways = reached.get(q.id) ?? new Map<string, Way>();
    if (!ways.has(branches) && ways.size < 4) ways.set(branches, { steps, answers });
    reached.set(q.id, ways);
    for (const sample of samples) walk({ ...answers, [q.id]: sample.value }, [...steps, { id: q.id, form: sample.form }]);
  };
  walk({}, []);
  return new Map([...reached].map(([id, ways]) => [id, [...ways.values()]]));
}

const TODAY = '2026-03-10';

/** A household of an adult and a child with a deadline far ahead, through the calculator's forms. */
const calculatorSteps: [string, Record<string, string>][] = [
  ['registered', { registered: 'yes' }],
  ['hasDeadline', { hasDeadline: 'yes' }],
  ['deadline', { deadline: '2099-03-15' }],
  ['citizenship', { citizenship: 'AF' }],
  ['people', { people: '2' }],
  ['births', { 'births-0': '1985-06-15', 'births-1': '2016-12-01' }],
];

describe('the public flows over HTTP', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ logger: false, pagePostRateLimit: 100_000 });
  });
  afterAll(async () => {
    await app.close();
  });

  /** A browser of its own: a cookie jar and the CSRF token of the last page. */
  async function visitor(lang = 'en') {
    const jar = new Map<string, string>();
    let csrf = '';
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const keep = (response: LightMyRequestResponse) => {
      for (const c of response.cookies) jar.set(c.name, c.value);
      const token = /name="_csrf" value="([^"]+)"/.exec(response.body)?.[1];
      if (token) csrf = token;
      return response;
    };
    const get = async (url: string) => keep(await app.inject({ method: 'GET', url, headers: { cookie: cookie(), accept: 'text/html' } }));
    const post = async (url: string, form: Record<string, string>, token = csrf) =>
      keep(
        await app.inject({
          method: 'POST',
          url,
          payload: new URLSearchParams({ _csrf: token, ...form }).toString(),
          headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        }),
      );
    await get(`/?lang=${lang}`);
    return { get, post };
  }

  for (const flow of flows) {
    describe(flow.name, () => {
      const reached = explore(flow);

      it('reaches every question by some answers', () => {
        expect([...reached.keys()].sort()).toEqual(flow.questions.map((q) => q.id).sort());
      });

      for (const q of flow.questions) {
        it(`${q.id}: renders as one question, refuses a missing answer, and each answer leads where next says`, async () => {
          for (const way of reached.get(q.id) ?? []) {
            const v = await visitor();
            for (const step of way.steps) expect((await v.post(`${flow.base}/${step.id}`, step.form)).statusCode).toBe(303);
            const shown = await v.get(`${flow.base}/${q.id}`);
            expect(shown.statusCode).toBe(200);
            expect(shown.body.match(/<h1/g)).toHaveLength(1);
            expect(shown.body).toContain(`<form method="post" action="${flow.base}/${q.id}"`);
            // Nothing, or a wrong value: the error summary links to the field, the message is by it.
            if (q.kind !== 'multi') {
              const refused = await v.post(`${flow.base}/${q.id}`, q.kind === 'choice' ? { [q.id]: 'not-an-option' } : {});
              expect(refused.statusCode).toBe(400);
              const field = q.kind === 'dates' ? `${q.id}-0` : q.id;
              expect(refused.body).toContain(`<a class="ds-link" href="#${field}">`);
              expect(refused.body).toContain(`id="${field}-error"`);
              expect(refused.body).toMatch(/<title>Error:/);
            }
            for (const sample of sampleAnswers(q, way.answers)) {
              const answered = { ...way.answers, [q.id]: sample.value };
              const v2 = await visitor();
              for (const step of way.steps) await v2.post(`${flow.base}/${step.id}`, step.form);
              const moved = await v2.post(`${flow.base}/${q.id}`, sample.form);
              expect(moved.statusCode).toBe(303);
              const next = pathOf(flow, answered).unanswered ?? CHECK;
              expect(moved.headers.location, `${q.id}=${JSON.stringify(sample.value)}`).toBe(`${flow.base}/${next}`);
              expect(next === CHECK || q.next(answered) === next || answered[q.next(answered)] !== undefined).toBe(true);
            }
          }
        });
      }

      it('refuses an answer without the form’s CSRF token, and does not show a question off the path', async () => {
        const v = await visitor();
        const forged = await v.post(`${flow.base}/${flow.first}`, sampleAnswers(questionOf(flow, flow.first)!, {})[0]!.form, 'forged');
        expect(forged.statusCode).toBe(400);
        expect(forged.body).toContain('This form is out of date');
        const last = flow.questions.at(-1)!;
        const skipped = await v.get(`${flow.base}/${last.id}`);
        expect(skipped.statusCode).toBe(303);
        expect(skipped.headers.location).toBe(`${flow.base}/${flow.first}`);
      });

      it('shows the answers to check, then the rule set’s result, and starts again', async () => {
        const way = [...reached.values()].flat().find((w) => pathOf(flow, w.answers).path.length > 2)!;
        const v = await visitor();
        for (const step of way.steps) await v.post(`${flow.base}/${step.id}`, step.form);
        let answers = way.answers;
        for (;;) {
          const { unanswered } = pathOf(flow, answers);
          if (unanswered === undefined) break;
          const q = questionOf(flow, unanswered)!;
          const sample = sampleAnswers(q, answers)[0]!;
          expect((await v.post(`${flow.base}/${q.id}`, sample.form)).statusCode).toBe(303);
          answers = { ...answers, [q.id]: sample.value };
        }
        const check = await v.get(`${flow.base}/${CHECK}`);
        expect(check.statusCode).toBe(200);
        expect(check.body.match(/retur-summary__row/g)).toHaveLength(pathOf(flow, answers).path.length);
        const result = await v.get(`${flow.base}/result`);
        expect(result.statusCode).toBe(200);
        expect(result.body.match(/<h1/g)).toHaveLength(1);
        expect(result.body).toContain('retur-reasons');
        const restart = await v.post(`${flow.base}/restart`, {});
        expect(restart.headers.location).toBe(`${flow.base}/${flow.first}`);
        expect((await v.get(`${flow.base}/result`)).headers.location).toBe(`${flow.base}/${flow.first}`);
      });
    });
  }

  it('the support calculator warns what waiting costs, from the rule set asked for the day after the deadline', async () => {
    const v = await visitor();
    for (const [id, form] of calculatorSteps) expect((await v.post(`/support/${id}`, form)).statusCode).toBe(303);
    const result = await v.get('/support/result');
    result.body = result.body.replace(/\u00a0/g, ' ');
    // Before the deadline: 15,000 for the adult, 15,000 + 10,000 for the child; after it 5,000 + 5,000.
    expect(result.body).toContain('In total: NOK 40,000');
    expect(result.body).toContain('Apply by 15 March 2099 to get NOK 40,000 instead of NOK 10,000.');
  });

  it('gives two people with the same answers the same result page, each with their own session’s CSRF token, and each starts again with it', async () => {
    const tokenOf = (body: string) => [...body.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]!);
    const pages = [];
    for (const lang of ['en', 'en', 'ar'] as const) {
      const v = await visitor(lang);
      for (const [id, form] of calculatorSteps) expect((await v.post(`/support/${id}`, form)).statusCode).toBe(303);
      const result = await v.get('/support/result');
      expect(result.statusCode).toBe(200);
      // The quick exit's and "start again"'s token: the session's own, in both places.
      const tokens = tokenOf(result.body);
      expect(tokens).toHaveLength(2);
      expect(new Set(tokens).size).toBe(1);
      expect(result.body).not.toContain('retur-result-csrf');
      expect(result.body).not.toContain('retur-shell');
      pages.push({ lang, token: tokens[0]!, body: result.body, restart: () => v.post('/support/restart', {}) });
    }
    const [first, second, arabic] = pages as [(typeof pages)[0], (typeof pages)[0], (typeof pages)[0]];
    expect(first.token).not.toBe(second.token);
    expect(second.body).toBe(first.body.replaceAll(first.token, second.token));
    expect(arabic.body).toContain('<html lang="ar" dir="rtl"');
    for (const p of pages) expect((await p.restart()).headers.location).toBe('/support/registered');
  });

  it('"what now" asks for a residence permit in another Schengen country, and the area to leave follows it (not for a Dublin transfer)', async () => {
    const expelledSteps: [string, Record<string, string>][] = [
      ['kind', { kind: 'expelled' }],
      ['decisionDate', { decisionDate: '2026-01-10' }],
      ['hasDeadline', { hasDeadline: 'yes' }],
      ['deadline', { deadline: '2099-03-15' }],
      ['appeal', { appeal: 'none' }],
    ];
    const areaAfter = async (permit: 'yes' | 'no') => {
      const v = await visitor();
      for (const [id, form] of expelledSteps) expect((await v.post(`/what-now/${id}`, form)).statusCode).toBe(303);
      const asked = await v.get('/what-now/schengenPermit');
      expect(asked.body).toContain('Do you have a residence permit in another Schengen country?');
      expect((await v.post('/what-now/schengenPermit', { schengenPermit: permit })).headers.location).toBe(`/what-now/${CHECK}`);
      return (await v.get('/what-now/result')).body;
    };
    const withPermit = await areaAfter('yes');
    expect(withPermit).toContain('You must leave Norway.');
    expect(withPermit).not.toContain('You must leave Norway and the Schengen area.');
    expect(await areaAfter('no')).toContain('You must leave Norway and the Schengen area.');

    const dublin = await visitor();
    for (const [id, form] of [
      ['kind', { kind: 'dublin-transfer' }],
      ['decisionDate', { decisionDate: '2026-01-10' }],
      ['hasDeadline', { hasDeadline: 'yes' }],
      ['deadline', { deadline: '2099-03-15' }],
      ['appeal', { appeal: 'none' }],
    ] as const) {
      const moved = await dublin.post(`/what-now/${id}`, form);
      if (id === 'appeal') expect(moved.headers.location).toBe(`/what-now/${CHECK}`);
    }
  });

  for (const lang of ['nb', 'ar', 'ti'] as const) {
    it(`says every reason and programme of the rule set's answer in ${lang} from the catalogue, none in English, the sources marked left to right`, async () => {
      const v = await visitor(lang);
      for (const [id, form] of calculatorSteps) expect((await v.post(`/support/${id}`, form)).statusCode).toBe(303);
      const result = await v.get('/support/result');
      expect(result.body).toContain(`<html lang="${lang}" dir="${dirOf(lang)}">`);
      const answer = assistedReturnSupportRuleSet.evaluate(
        supportInput.parse({
          applicationDate: osloToday(),
          departureDeadline: '2099-03-15',
          registeredInNorway: true,
          citizenship: 'AF',
          travellers: [{ dateOfBirth: '1985-06-15' }, { dateOfBirth: '2016-12-01' }],
        }),
        { trace: false },
      );
      const messages = [...answer.reasons, ...answer.lines.map((l) => l.label), ...answer.programmes.map((p) => p.label)];
      expect(messages.length).toBeGreaterThan(2);
      for (const m of messages) {
        expect(result.body).toContain(escapeHtml(translateKey(lang, m.key, m.params)));
        expect(result.body).not.toContain(escapeHtml(translateKey('en', m.key, m.params)));
      }
      const quotes = result.body.match(/<blockquote class="retur-quote"[^>]*>/g) ?? [];
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) expect(q).toContain('dir="ltr"');
    });
  }

  it('keeps answers out of URLs: every answer is a POST body, every redirect a bare path', async () => {
    const v = await visitor();
    const moved = await v.post('/what-now/kind', { kind: 'expelled' });
    expect(moved.headers.location).toBe('/what-now/decisionDate');
    expect(String(moved.headers.location)).not.toContain('expelled');
  });
});

export { TODAY };
