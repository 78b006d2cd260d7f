/**
 * The rules return message keys with parameters (src/rules/engine/output.ts); the words are in the `rules`
 * namespace of the catalogues. This holds the two together: every key a rule, a note, a warning or a country
 * programme can return is in the English catalogue (and so, by i18n.test.ts, in every language), its
 * parameters are exactly the message's placeholders, every message formats in every language with the
 * parameters the test cases produce, and no message in the catalogue is left that nothing returns. One test
 * per rule set shows the rendered English and bokmål text of a case.
 */
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ruleSets, type AnyRuleSet } from '../rules/index.ts';
import * as notes from '../rules/departure/situation.notes.ts';
import { countryProgrammes } from '../rules/assisted-return/support.parameters.ts';
import english from './messages/en/rules.ts';
import { languageTags, type Lang } from './languages.ts';
import { hasMessage } from './format.ts';
import { isRuleMessage, ruleText, withTexts, type RuleMessage } from './rule-texts.ts';

/** The names of a message's placeholders (in plural and select branches too). */
function placeholderNames(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select) {
        names.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return [...names].sort();
}

const englishText = (key: string): string | undefined => (english as Record<string, string>)[key.slice('rules.'.length)];

/** Every message in a JSON value (an answer), as it is: key and params. */
function messagesIn(value: unknown, out: RuleMessage[] = []): RuleMessage[] {
  if (Array.isArray(value)) for (const item of value) messagesIn(item, out);
  else if (value !== null && typeof value === 'object') {
    if (isRuleMessage(value)) out.push(value);
    for (const [name, field] of Object.entries(value)) if (name !== 'trace') messagesIn(field, out);
  }
  return out;
}

/** Every answer of every valid test case of a rule set, untraced. */
function answersOf(ruleSet: AnyRuleSet): unknown[] {
  const answers: unknown[] = [];
  for (const testCase of ruleSet.cases) {
    if (testCase.expectError) continue;
    const parsed = ruleSet.input.safeParse(testCase.input);
    if (parsed.success) answers.push(ruleSet.evaluate(parsed.data, { trace: false }));
  }
  return answers;
}

const allNotes: notes.DepartureNote[] = [
  ...Object.values(notes.consequences).flat(),
  notes.assistedReturnNote(true),
  notes.assistedReturnNote(false),
  notes.higherSupportNote,
  notes.noExpulsionNote,
  notes.noAdditionalSupportNote,
  notes.entryBanNote,
  ...notes.documentNotes,
  notes.registeredAsMovedNote,
  notes.correctionFormNote,
];
const programmeLabels: RuleMessage[] = countryProgrammes.values.flatMap((v) => (v.value ?? []).map((p) => p.label));
const caseMessages: RuleMessage[] = ruleSets.flatMap((ruleSet) => answersOf(ruleSet).flatMap((answer) => messagesIn(answer)));
/** The keys the rules name statically: each rule's reason. */
const ruleKeys: { rule: string; key: string }[] = ruleSets.flatMap((ruleSet) =>
  ruleSet.definitions.flatMap((definition) => definition.rules.map((rule) => ({ rule: rule.id, key: rule.key ?? `rules.${rule.id}` }))),
);

describe('the rules’ messages', () => {
  it('every rule’s reason has a message in the English catalogue', () => {
    expect(ruleKeys.length).toBeGreaterThan(50);
    for (const { rule, key } of ruleKeys) expect(englishText(key), `${rule}: ${key}`).toBeDefined();
  });

  it('every note, warning and programme label has a message whose placeholders are its parameters', () => {
    for (const message of [...allNotes, ...programmeLabels, ...caseMessages]) {
      const text = englishText(message.key);
      expect(text, message.key).toBeDefined();
      expect(Object.keys(message.params).sort(), message.key).toEqual(placeholderNames(text!));
    }
  });

  it('every parameter is plain JSON: a string or a finite number', () => {
    for (const message of caseMessages) {
      for (const [name, value] of Object.entries(message.params)) {
        expect(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)), `${message.key} ${name}`).toBe(true);
      }
    }
  });

  it('every message the test cases produce formats in every language, with no placeholder left', () => {
    const distinct = new Map(caseMessages.map((m) => [`${m.key} ${JSON.stringify(m.params)}`, m]));
    expect(distinct.size).toBeGreaterThan(80);
    for (const lang of languageTags) {
      for (const message of distinct.values()) {
        const text = ruleText(lang, message);
        expect(text.length, `${lang} ${message.key}`).toBeGreaterThan(0);
        expect(text, `${lang} ${message.key}`).not.toMatch(/[{}]|Invalid Date|NaN/);
      }
    }
  });

  it('every rules message in the catalogue is returned by some rule, note, warning or programme', () => {
    const used = new Set([
      ...ruleKeys.map((r) => r.key),
      ...allNotes.map((n) => n.key),
      ...programmeLabels.map((p) => p.key),
      ...caseMessages.map((m) => m.key),
    ]);
    for (const key of Object.keys(english)) expect(used.has(`rules.${key}`), `rules.${key} is returned by nothing`).toBe(true);
  });

  it('every language has every rules message', () => {
    for (const lang of languageTags) for (const key of Object.keys(english)) expect(hasMessage(lang, `rules.${key}`), `${lang} rules.${key}`).toBe(true);
  });
});

/** The answer of a rule set's case with the texts of a language. */
function rendered(ruleSetId: string, caseName: string, lang: Lang): Record<string, unknown> {
  const ruleSet = ruleSets.find((r) => r.id === ruleSetId)!;
  const testCase = ruleSet.cases.find((c) => c.name === caseName);
  expect(testCase, caseName).toBeDefined();
  return withTexts(ruleSet.evaluate(ruleSet.input.parse(testCase!.input), { trace: false }) as Record<string, unknown>, lang);
}
const textsOf = (items: unknown) => (items as { text: string }[]).map((i) => i.text);
const labelsOf = (items: unknown) => (items as { label: { text: string } }[]).map((i) => i.label.text);

describe('the rules’ answers in English and bokmål', () => {
  it('assisted-return eligibility names the country in the language', () => {
    const name = 'A rejected asylum seeker from Albania is normally not eligible: Albania is on the list, and Albanians need no visa';
    expect(textsOf(rendered('assisted-return-eligibility', name, 'en').reasons)).toContain(
      'You are a citizen of Albania. The scheme does not normally apply to citizens of Albania.',
    );
    expect(textsOf(rendered('assisted-return-eligibility', name, 'nb').reasons)).toContain(
      'Du er statsborger av Albania. Ordningen gjelder normalt ikke for statsborgere av Albania.',
    );
    expect(textsOf(rendered('assisted-return-eligibility', name, 'fr').reasons)[1]).toContain('Albanie');
  });

  it('assisted-return support writes the deadline as a date and the programme’s amount in kroner', () => {
    const answer = (lang: Lang) =>
      rendered(
        'assisted-return-support',
        'An Iraqi adult gets NOK 15,000 in cash, and the ETTC services worth NOK 30,000 are listed apart, not added to the total',
        lang,
      );
    expect(labelsOf(answer('en').programmes).map((t) => t.replace(/\u00a0/g, ' '))).toEqual([
      'In Iraq, you can get reintegration services worth NOK 30,000 through ETTC, such as school, help to find work, training or starting a business. These are services, not cash.',
    ]);
    expect(labelsOf(answer('nb').programmes)[0]).toMatch(/^I Irak kan du få reintegreringstjenester verdt 30\s000\skr gjennom ETTC/);
  });

  it('the departure situation writes the deadline in the language', () => {
    const answer = (lang: Lang) =>
      rendered(
        'departure-situation',
        'A rejected asylum seeker assessed the day before the deadline must leave by it, with 2 days left (today and the deadline day), and can still get the additional assisted-return support',
        lang,
      );
    expect(textsOf(answer('en').reasons)[0]).toBe('You must leave Norway by 23 March 2026 at the latest. You are still in time on that day.');
    expect(textsOf(answer('nb').reasons)[0]).toBe('Du må forlate Norge senest 23. mars 2026. Du er fortsatt innenfor fristen den dagen.');
  });

  it('forced-return categories', () => {
    const reasons = (lang: Lang) =>
      textsOf(rendered('forced-return-category', ruleSets.find((r) => r.id === 'forced-return-category')!.cases[0]!.name, lang).reasons);
    expect(reasons('en').join(' ')).toMatch(/\b(Norway|NPIS|police|UDI)\b/);
    expect(reasons('nb').join(' ')).toMatch(/\b(Norge|PU|Politidistriktet|UDI)\b/);
  });

  it('re-entry counts years with plurals and writes amounts in kroner', () => {
    const ruleSet = ruleSets.find((r) => r.id === 're-entry')!;
    const answer = (lang: Lang) =>
      withTexts(
        ruleSet.evaluate(
          ruleSet.input.parse({
            plannedEntryDate: '2026-06-01',
            returns: [{ date: '2024-02-01', forced: true }],
            expulsions: [{ decisionDate: '2024-01-10', banLength: 1, scope: 'norway', inNorwayAtDecision: true, departureDate: '2024-02-01' }],
            deportationCosts: [{ date: '2024-02-01', amountNok: 12500.5 }],
          }),
          { trace: false },
        ) as Record<string, unknown>,
        lang,
      );
    expect(textsOf(answer('en').reasons).map((t) => t.replace(/\u00a0/g, ' '))).toEqual([
      'You owe NOK 12,500.50 for your deportation. If you have not paid it back, you may be refused entry when you come to Norway, and you may be expelled.',
      'The entry ban from your expulsion decided on 10 January 2024 has run out: its last day was 31 January 2025.',
    ]);
    expect(textsOf(answer('nb').reasons)[0]).toMatch(/^Du skylder 12\s500,50\skr for uttransporteringen din\./);
  });
});
