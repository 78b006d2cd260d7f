/**
 * Form pieces in Designsystemet's markup with the GOV.UK error pattern: an error summary at the top of the page
 * (focusable, each error a link to its field), the message again beside the field, `aria-invalid` and
 * `aria-describedby` on the field. Every POST form carries the session's CSRF token.
 */
import { t } from '../i18n/format.ts';
import type { Lang } from '../i18n/languages.ts';
import type { PageContext } from './context.ts';
import { html, raw, type Html } from './html.ts';

/** A field's error: the id of the input it links to and the message, already in the page's language. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export function csrfField(ctx: PageContext): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
}

export function errorSummary(lang: Lang, errors: readonly FieldError[]): Html {
  if (errors.length === 0) return html``;
  return html`<div class="ds-error-summary" data-color="danger" tabindex="-1" aria-labelledby="error-summary-title" id="error-summary">
<h2 class="ds-heading" data-size="xs" id="error-summary-title">${t(lang, 'common.form.errorSummary')}</h2>
<ul class="ds-list">${errors.map((e) => html`<li><a class="ds-link" href="#${e.field}">${e.message}</a></li>`)}</ul>
</div>`;
}

/** The message shown beside a field (empty without an error). */
export function fieldError(id: string, error: FieldError | undefined): Html {
  return error ? html`<div class="ds-validation-message" data-color="danger" id="${id}-error">${error.message}</div>` : html``;
}

export function invalidAttrs(id: string, error: FieldError | undefined, hintId?: string): Html {
  const described = [hintId, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return html`${error ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}`;
}

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

/** Radio buttons or checkboxes in a fieldset whose legend is the page's <h1> (one question per page). */
export function choiceFieldset(options: {
  readonly name: string;
  readonly legend: Html;
  readonly hint?: string;
  readonly choices: readonly Choice[];
  readonly checked: readonly string[];
  readonly multiple?: boolean;
  readonly error?: FieldError;
}): Html {
  const { name, legend, hint, choices, checked, multiple, error } = options;
  const type = multiple ? 'checkbox' : 'radio';
  return html`<fieldset class="ds-fieldset"${invalidAttrs(name, error, hint ? `${name}-hint` : undefined)}>
<legend class="ds-label">${legend}</legend>
${hint ? html`<p class="ds-paragraph retur-hint" id="${name}-hint">${hint}</p>` : ''}
${fieldError(name, error)}
${choices.map(
  (c, i) =>
    html`<div class="ds-field retur-choice"><input class="ds-input" type="${type}" id="${i === 0 ? name : `${name}-${i}`}" name="${name}" value="${c.value}"${checked.includes(c.value) ? html` checked` : ''}${c.hint ? html` aria-describedby="${name}-${i}-hint"` : ''}><label class="ds-label" data-weight="regular" for="${i === 0 ? name : `${name}-${i}`}">${c.label}</label>${c.hint ? html`<div class="ds-field-description" id="${name}-${i}-hint">${c.hint}</div>` : ''}</div>`,
)}
</fieldset>`;
}

/** One input with its label (the label may be the page's <h1>). */
export function inputField(options: {
  readonly id: string;
  readonly name?: string;
  readonly label: Html;
  readonly hint?: string;
  readonly type: 'date' | 'number' | 'text' | 'password' | 'tel' | 'email';
  readonly value: string;
  readonly error?: FieldError;
  readonly attrs?: Html;
}): Html {
  const { id, label, hint, type, value, error } = options;
  return html`<div class="ds-field">
<label class="ds-label" for="${id}">${label}</label>
${hint ? html`<div class="ds-field-description" id="${id}-hint">${hint}</div>` : ''}
${fieldError(id, error)}
<input class="ds-input retur-input--${type}" type="${type}" id="${id}" name="${options.name ?? id}" value="${value}"${type === 'number' ? html` inputmode="numeric"` : ''}${options.attrs ?? ''}${invalidAttrs(id, error, hint ? `${id}-hint` : undefined)}>
</div>`;
}

/** A <select> (the list of countries). */
export function selectField(options: {
  readonly id: string;
  /** The field's name in the form (default: its id). */
  readonly name?: string;
  readonly label: Html;
  readonly hint?: string;
  readonly choices: readonly Choice[];
  readonly value: string;
  readonly error?: FieldError;
  readonly placeholder: string;
}): Html {
  const { id, label, hint, choices, value, error, placeholder } = options;
  return html`<div class="ds-field">
<label class="ds-label" for="${id}">${label}</label>
${hint ? html`<div class="ds-field-description" id="${id}-hint">${hint}</div>` : ''}
${fieldError(id, error)}
<select class="ds-input" id="${id}" name="${options.name ?? id}"${invalidAttrs(id, error, hint ? `${id}-hint` : undefined)}>
<option value="">${placeholder}</option>
${optionsHtml(choices, value)}
</select>
</div>`;
}

/**
 * A select's options with `value` selected. A list of choices is rendered once (the country list: some 250
 * names, the same array for every page in a language), then the chosen one is marked in the markup.
 */
const renderedOptions = new WeakMap<readonly Choice[], string>();
function optionsHtml(choices: readonly Choice[], value: string): Html {
  let markup = renderedOptions.get(choices);
  if (markup === undefined) {
    markup = html`${choices.map((c) => html`<option value="${c.value}">${c.label}</option>`)}`.value;
    renderedOptions.set(choices, markup);
  }
  if (value === '' || !choices.some((c) => c.value === value)) return raw(markup);
  const option = html`<option value="${value}">`.value;
  return raw(markup.replace(option, () => `${option.slice(0, -1)} selected>`));
}

export function backLink(href: string, lang: Lang): Html {
  return html`<p class="retur-back"><a class="ds-link" href="${href}">${t(lang, 'common.form.back')}</a></p>`;
}
