import { describe, expect, it } from 'vitest';
import { actions } from '../../cases/actions.ts';
import { fieldsOf, type Field } from './schema-form.ts';
import en from '../../i18n/messages/en/console.ts';

/**
 * Every action the processes declare gets a title and every field of its form a label in the console's
 * catalogue (the other languages must have English's keys, or tsc fails). The keys are made from the action's
 * id and the field's name, so a new action or input field with no words failed only when a case page showed it
 * (a 500 on the page, found when the sign-in code and the applicant's contact arrived).
 */
describe('the console’s words for the actions', () => {
  it('has a title for every action and a label for every field and option its form shows', () => {
    const missing = new Set<string>();
    const walk = (fields: readonly Field[]) => {
      for (const field of fields) {
        if (field.kind === 'unsupported') continue; // not shown (a file comes through its own input)
        const label = `field.${field.name.slice(field.name.lastIndexOf('.') + 1)}`;
        if (!(label in en)) missing.add(label);
        if (field.kind === 'group') walk(field.fields);
        if ('options' in field) for (const option of field.options) if (!(`option.${String(option)}` in en)) missing.add(`option.${String(option)}`);
      }
    };
    for (const action of actions) {
      if (!(`action.${action.id}` in en)) missing.add(`action.${action.id}`);
      walk(fieldsOf(action.input));
    }
    expect([...missing]).toEqual([]);
  });
});
