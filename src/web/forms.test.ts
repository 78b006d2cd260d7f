import { describe, expect, it } from 'vitest';
import { selectField } from './forms.ts';
import { html } from './html.ts';

describe('selectField', () => {
  const choices = [
    { value: 'AF', label: 'Afghanistan' },
    { value: 'A&B', label: 'A & "B"' },
    { value: 'SO', label: 'Somalia' },
  ];
  const select = (value: string) => selectField({ id: 'c', label: html`Country`, choices, value, placeholder: 'Choose' }).value;
  const selected = (markup: string) => [...markup.matchAll(/<option value="([^"]*)"[^>]* selected>/g)].map((m) => m[1]);

  it('marks the chosen option only, each time the same list is rendered with another choice', () => {
    expect(selected(select('SO'))).toEqual(['SO']);
    expect(selected(select('AF'))).toEqual(['AF']);
    expect(selected(select('A&B'))).toEqual(['A&amp;B']);
    expect(selected(select(''))).toEqual([]);
    expect(selected(select('XX'))).toEqual([]);
    expect(select('AF')).toContain('<option value="A&amp;B">A &amp; &quot;B&quot;</option>');
  });
});
