/**
 * What the case format cannot express for rule set 3: that every quote in situation.notes.ts is word for word
 * in its seed (the meta-test sees only the quotes the rules cite), and that every input the schema accepts,
 * over the whole grid of decisions, appeals, deferred implementation, flags and deadline positions, gets an
 * answer (never a conflict or a crash) that keeps the rule set's promises.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays } from '../engine/dates.ts';
import { documents } from '../sources.ts';
import {
  appealStates,
  deferredImplementationStates,
  departureDecisions,
  departureSituationInput,
  departureSituationOutput,
  evaluateDepartureSituation,
  type DepartureSituationResult,
} from './situation.ts';
import { seed } from './situation.notes.ts';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the seed sentences', () => {
  it('are each word for word in the seed they cite', () => {
    for (const [name, source] of Object.entries(seed)) {
      const doc = documents[source.document as keyof typeof documents] as { file?: string };
      expect(doc.file, `${name} cites ${source.document}`).toBeDefined();
      const text = normalise(readFileSync(new URL(`../../../docs/sources/${doc.file}`, import.meta.url), 'utf8'));
      expect(text, `${name}: "${source.quote}"`).toContain(normalise(source.quote));
    }
  });
});

describe('every accepted input gets an answer that keeps the promises', () => {
  const decisionDate = '2026-03-02';
  const assessmentDate = '2026-03-23';
  // The deadline: none, the decision day, the day before the assessment, the assessment day, the day after.
  const deadlines = [null, decisionDate, addDays(assessmentDate, -1), assessmentDate, addDays(assessmentDate, 1)];
  const flags = [false, true];
  const inputs: Record<string, unknown>[] = [];
  for (const decision of departureDecisions)
    for (const appeal of appealStates)
      for (const deferredImplementation of deferredImplementationStates)
        for (const departureDeadline of deadlines)
          for (const expelled of flags)
            for (const newApplicationPending of flags)
              for (const hasNorwegianIdNumber of flags) {
                inputs.push({
                  assessmentDate,
                  decision,
                  decisionDate,
                  departureDeadline,
                  appeal,
                  deferredImplementation,
                  expelled,
                  newApplicationPending,
                  hasNorwegianIdNumber,
                });
              }

  const answers: { input: Record<string, unknown>; result: DepartureSituationResult }[] = [];
  for (const input of inputs) {
    const parsed = departureSituationInput.safeParse(input);
    if (parsed.success) answers.push({ input, result: evaluateDepartureSituation(parsed.data) });
  }

  it('accepts a good share of the grid and answers each accepted input', () => {
    expect(inputs.length).toBe(7 * 3 * 4 * 5 * 8);
    // Every kind of decision has accepted inputs.
    for (const decision of departureDecisions)
      expect(
        answers.some((a) => a.input['decision'] === decision),
        decision,
      ).toBe(true);
    expect(answers.length).toBeGreaterThan(200);
  });

  it('answers in the shape of the output schema, and the untraced answer is the traced one without the trace', () => {
    for (const { input, result } of answers) {
      expect(departureSituationOutput.safeParse(result).success, JSON.stringify(input)).toBe(true);
      const { trace: _trace, ...answer } = result;
      expect(evaluateDepartureSituation(departureSituationInput.parse(input), { trace: false })).toEqual(answer);
    }
  });

  it('counts days left only while a deadline runs, and never below 1', () => {
    for (const { input, result } of answers) {
      const runs =
        (result.status === 'must-leave-by' || result.status === 'awaiting-answer-on-deferred-implementation') &&
        result.deadline !== null &&
        !result.deadlinePassed;
      expect(result.daysLeft !== null, JSON.stringify(input)).toBe(runs);
      if (result.daysLeft !== null) expect(result.daysLeft).toBeGreaterThanOrEqual(1);
      if (result.status === 'must-leave-by') expect(result.deadline !== null && !result.deadlinePassed, JSON.stringify(input)).toBe(true);
    }
  });

  it('tells a person not obliged to leave nothing about consequences, the area or the registry', () => {
    const notObliged = answers.filter((a) => a.result.status === 'not-obliged-to-leave');
    expect(notObliged.length).toBeGreaterThan(0);
    for (const { result } of notObliged) {
      expect(result.consequences).toEqual([]);
      expect(result.area).toBeNull();
      expect(result.nationalRegistry).toBeNull();
    }
  });

  it('gives the entry-ban note exactly to expelled people, and the documents note exactly after a rejected protection claim', () => {
    for (const { input, result } of answers) {
      const expelled = input['decision'] === 'expelled' || input['expelled'] === true;
      expect(result.entryBanNote !== null, JSON.stringify(input)).toBe(expelled);
      expect(result.documents.length > 0, JSON.stringify(input)).toBe(input['decision'] === 'protection-rejected');
    }
  });
});
