/**
 * The transition table, exhaustively: every action refuses every state of its process that it does not
 * list, with CASE_INVALID_TRANSITION naming the state and the action, and nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { actions } from './actions.ts';
import { execute } from './execute.ts';
import { processStates } from './process.ts';
import { context, familyCase, inState, staff } from './testing.ts';
import { ReturError } from '../shared/errors.ts';

describe('every action refuses the states it is not allowed in', () => {
  for (const action of actions) {
    const states = processStates[action.process];
    it(`${action.id} lists only real states of ${action.process}`, () => {
      for (const state of action.from) expect(states).toContain(state);
    });
    for (const state of states.filter((s) => !action.from.includes(s))) {
      it(`${action.id} in ${action.process} ${state}`, () => {
        const doc = inState(familyCase(), action.process, state);
        const role = action.roles.find((r) => r !== 'person') ?? 'udi';
        let thrown: unknown;
        try {
          execute(doc, action, {}, context(staff(role as Parameters<typeof staff>[0])), 'test');
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(ReturError);
        expect((thrown as ReturError).code).toBe('CASE_INVALID_TRANSITION');
        expect((thrown as ReturError).details).toMatchObject({ state, action: action.id, process: action.process });
      });
    }
  }
});
