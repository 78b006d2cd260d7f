/**
 * Staff read what the rules said about a person, not to them: the console shows every rule message in the
 * console namespace's third-person wording ("The person may apply…"), never the person's ("You can apply…").
 * Every message of the `rules` namespace has one, with the same placeholders; every message any rule case
 * returns reads without "you" in English, bokmål and nynorsk; and the case page shows it so.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import enRules from '../../i18n/messages/en/rules.ts';
import enConsole from '../../i18n/messages/en/console.ts';
import { messageText, translateKey } from '../../i18n/format.ts';
import { consoleLanguages, type ConsoleLang } from '../../i18n/types.ts';
import { ruleSets } from '../../rules/index.ts';
import { execute } from '../../cases/execute.ts';
import type { CaseDoc } from '../../cases/model.ts';
import type { Action } from '../../cases/process.ts';
import { apply } from '../../cases/processes/assisted-return.ts';
import { actorOf, type Principal } from '../../cases/roles.ts';
import { context, familyCase, staff } from '../../cases/testing.ts';
import { renderCasePage, reasonText, staffKey } from './case-page.ts';
import type { Viewer } from './shell.ts';

/** The words that address the reader: English "you", bokmål and nynorsk "du", "deg", "din", "dere"/"de", "dykk". */
const secondPerson: Record<ConsoleLang, RegExp> = {
  en: /(?<!\p{L})(you|your|yours|yourself|yourselves)(?!\p{L})/iu,
  nb: /(?<!\p{L})(du|deg|din|ditt|dine|dere|deres)(?!\p{L})/iu,
  nn: /(?<!\p{L})(du|deg|di|din|ditt|dine|de|dykk|dykkar)(?!\p{L})/iu,
};

const placeholders = (message: string) => [...new Set([...message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)].map((m) => m[1]))].sort();

/** Every message (`{ key, params }` with a `rules.` key) anywhere in an answer. */
function messagesIn(value: unknown, out: { key: string; params: Record<string, string | number> }[] = []) {
  if (Array.isArray(value)) for (const v of value) messagesIn(v, out);
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['key'] === 'string' && record['key'].startsWith('rules.'))
      out.push({ key: record['key'], params: (record['params'] ?? {}) as Record<string, string | number> });
    for (const [name, v] of Object.entries(record)) if (name !== 'trace') messagesIn(v, out);
  }
  return out;
}

describe('the console’s wording of what the rules said', () => {
  it('has a staff message for every rule message, with the same placeholders', () => {
    const console = enConsole as Record<string, string>;
    for (const [key, text] of Object.entries(enRules)) {
      expect(console[`rule.${key}`], `console.rule.${key}`).toBeTypeOf('string');
      expect(placeholders(console[`rule.${key}`]!), key).toEqual(placeholders(text));
    }
  });

  it('has no "you" in any of them, in any of the console’s languages', () => {
    for (const lang of consoleLanguages) {
      for (const key of Object.keys(enRules)) {
        const message = messageText(lang, `console.rule.${key}`);
        expect(message, `${lang} ${key}`).not.toMatch(secondPerson[lang]);
      }
    }
  });

  it('speaks of the person, never to them, in every message every rule case returns', () => {
    let checked = 0;
    for (const ruleSet of ruleSets) {
      for (const testCase of ruleSet.cases) {
        if (testCase.expectError !== undefined) continue;
        const input = ruleSet.input.safeParse(testCase.input);
        if (!input.success) continue;
        for (const message of messagesIn(ruleSet.evaluate(input.data, { trace: false }))) {
          for (const lang of consoleLanguages) {
            expect(staffKey(lang, message.key), `${lang} ${message.key}`).toBe(`console.rule.${message.key.slice('rules.'.length)}`);
            const text = reasonText(lang, message);
            expect(text, `${lang} ${message.key}: ${text}`).not.toMatch(secondPerson[lang]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('the case page', () => {
  const iom = staff('iom');
  const run = <S extends z.ZodType, P>(doc: CaseDoc, action: Action<S, P>, input: unknown, principal: Principal, today: string) =>
    execute(doc, action, input, context(principal, today), actorOf(principal)).doc;
  // The family applied on 2 March 2026, before their deadline: eligible, with support at the higher rate.
  const applied = run(familyCase(), apply, { destination: 'AF' }, iom, '2026-03-02');
  const viewer = (lang: ConsoleLang): Viewer => ({
    lang,
    principal: staff('udi'),
    csrfToken: 'csrf',
    ctx: { lang, dir: 'ltr', path: `/console/cases/${applied.id}`, keep: [], csrf: 'csrf' },
  });
  const rulesSection = (page: string) => /<section aria-labelledby="rules-h">[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';

  for (const lang of consoleLanguages) {
    it(`shows the rules’ answers about the person in ${lang}, not the person’s own wording`, () => {
      const page = renderCasePage(viewer(lang), { doc: applied, version: 2, why: 'case-work', events: null, actions: [], accounts: [] });
      const section = rulesSection(page);
      expect(section).toContain(translateKey(lang, 'console.rule.assisted-return.eligibility.may-apply'));
      expect(section).toContain(translateKey(lang, 'console.rule.assisted-return.support.grant.adult.before-deadline'));
      expect(section).not.toContain(translateKey(lang, 'rules.assisted-return.eligibility.may-apply'));
      expect(section).not.toContain(translateKey(lang, 'rules.assisted-return.support.grant.adult.before-deadline'));
      expect(section.replace(/<[^>]+>/g, ' ')).not.toMatch(secondPerson[lang]);
    });
  }

  it('reads in English as a caseworker writes about an applicant', () => {
    const page = renderCasePage(viewer('en'), { doc: applied, version: 2, why: 'case-work', events: null, actions: [], accounts: [] });
    expect(rulesSection(page)).toContain('The person is in at least one of the groups who may apply for assisted return.');
    expect(rulesSection(page)).not.toContain('You are in at least one of the groups');
  });
});
