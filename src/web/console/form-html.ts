/**
 * The HTML of a form generated from a schema (schema-form.ts), in Designsystemet's markup: a label on every
 * field, the error message by the field, and the GOV.UK error summary at the top that links to each field.
 */
import { countryName } from '../../i18n/format.ts';
import type { ConsoleLang } from '../../i18n/types.ts';
import { isCountryCode } from '../../rules/common/countries.ts';
import { html, type Html } from '../html.ts';
import { c } from './i18n.ts';
import type { Field, FormBody, Option } from './schema-form.ts';

export interface FormContext {
  readonly lang: ConsoleLang;
  /** A prefix for the ids of the fields (one page holds several forms). */
  readonly idPrefix: string;
  /** The people a person field chooses among. */
  readonly people: readonly { readonly id: string; readonly name: string }[];
  /** The accounts an account field chooses among. */
  readonly accounts: readonly { readonly id: string; readonly label: string }[];
  /** What was sent (re-shown after an error). */
  readonly values: FormBody;
  /** Error messages by field name. */
  readonly errors: ReadonlyMap<string, string>;
}

const lastSegment = (name: string) => name.slice(name.lastIndexOf('.') + 1);
export const fieldId = (ctx: Pick<FormContext, 'idPrefix'>, name: string) => `${ctx.idPrefix}-${name.replace(/\./g, '-')}`;
export const labelOf = (lang: ConsoleLang, name: string) => c(lang, `field.${lastSegment(name)}`);
const optionLabel = (lang: ConsoleLang, option: Option) => c(lang, `option.${String(option)}`);

let countryCodes: readonly string[] | undefined;
/** Every country code Retur knows, for the country choice (ISO 3166-1 alpha-2 and XK). */
function allCountryCodes(): readonly string[] {
  if (countryCodes === undefined) {
    const codes: string[] = [];
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (isCountryCode(code)) codes.push(code);
      }
    countryCodes = codes;
  }
  return countryCodes;
}

const valueOf = (ctx: FormContext, name: string): string => {
  const v = ctx.values[name];
  return Array.isArray(v) ? (v[0] ?? '') : ((v as string | undefined) ?? '');
};
const valuesOf = (ctx: FormContext, name: string): readonly string[] => {
  const v = ctx.values[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v as string];
};

function errorOf(ctx: FormContext, name: string, id: string): Html {
  const message = ctx.errors.get(name);
  return message === undefined ? html`` : html`<p class="ds-validation-message" data-color="danger" id="${id}-error">${message}</p>`;
}

/** The attributes an input carries: invalid and described by its error when it has one, required, a maximum length. */
function attrs(ctx: FormContext, name: string, id: string, extra: { required?: boolean; maxLength?: number | undefined } = {}): Html {
  const error = ctx.errors.has(name);
  return html`${error ? html` aria-invalid="true" aria-describedby="${id}-error"` : html``}${extra.required ? html` required` : html``}${extra.maxLength === undefined ? html`` : html` maxlength="${extra.maxLength}"`}`;
}

export function renderFields(fields: readonly Field[], ctx: FormContext): Html {
  return html`${fields.map((field) => renderField(field, ctx))}`;
}

function renderField(field: Field, ctx: FormContext): Html {
  if (field.kind === 'unsupported') return html``;
  const id = fieldId(ctx, field.name);
  const label = labelOf(ctx.lang, field.name);
  switch (field.kind) {
    case 'group':
      return html`<fieldset class="ds-fieldset retur-group"><legend class="ds-label">${label}</legend>${renderFields(field.fields, ctx)}</fieldset>`;
    case 'boolean':
      return html`<div class="ds-field"><input class="ds-input" type="checkbox" id="${id}" name="${field.name}" value="true" ${valueOf(ctx, field.name) === 'true' ? html`checked` : html``}${attrs(ctx, field.name, id)}><label class="ds-label" for="${id}" data-weight="regular">${label}</label>${errorOf(ctx, field.name, id)}</div>`;
    case 'choices':
    case 'people': {
      const options =
        field.kind === 'people'
          ? ctx.people.map((p) => ({ value: p.id, label: p.name }))
          : field.options.map((o) => ({ value: String(o), label: optionLabel(ctx.lang, o) }));
      const chosen = valuesOf(ctx, field.name);
      return html`<fieldset class="ds-fieldset"${ctx.errors.has(field.name) ? html` aria-describedby="${id}-error"` : html``}><legend class="ds-label">${label}</legend>${options.map(
        (o, i) =>
          html`<div class="ds-field"><input class="ds-input" type="checkbox" id="${id}-${i}" name="${field.name}" value="${o.value}" ${chosen.includes(o.value) ? html`checked` : html``}><label class="ds-label" data-weight="regular" for="${id}-${i}">${o.label}</label></div>`,
      )}${errorOf(ctx, field.name, id)}</fieldset>`;
    }
    case 'choice':
    case 'person':
    case 'account':
    case 'country': {
      const options =
        field.kind === 'choice'
          ? field.options.map((o) => ({ value: String(o), label: optionLabel(ctx.lang, o) }))
          : field.kind === 'person'
            ? ctx.people.map((p) => ({ value: p.id, label: p.name }))
            : field.kind === 'account'
              ? ctx.accounts.map((a) => ({ value: a.id, label: a.label }))
              : allCountryCodes()
                  .map((code) => ({ value: code, label: countryName(ctx.lang, code) }))
                  .sort((a, b) => a.label.localeCompare(b.label, ctx.lang));
      const current = valueOf(ctx, field.name);
      return html`<div class="ds-field"><label class="ds-label" for="${id}">${label}</label>${errorOf(ctx, field.name, id)}<select class="ds-input" id="${id}" name="${field.name}"${attrs(ctx, field.name, id, { required: field.required })}><option value="">${field.kind === 'person' && !field.required ? c(ctx.lang, 'field.household') : c(ctx.lang, 'field.choose')}</option>${options.map(
        (o) => html`<option value="${o.value}"${o.value === current ? html` selected` : html``}>${o.label}</option>`,
      )}</select></div>`;
    }
    case 'date':
      return html`<div class="ds-field"><label class="ds-label" for="${id}">${label}</label>${errorOf(ctx, field.name, id)}<input class="ds-input" type="date" id="${id}" name="${field.name}" value="${valueOf(ctx, field.name)}"${attrs(ctx, field.name, id, { required: field.required })}></div>`;
    case 'number':
      return html`<div class="ds-field"><label class="ds-label" for="${id}">${label}</label>${errorOf(ctx, field.name, id)}<input class="ds-input" type="text" inputmode="decimal" id="${id}" name="${field.name}" value="${valueOf(ctx, field.name)}"${attrs(ctx, field.name, id, { required: field.required })}></div>`;
    case 'text':
      return field.multiline
        ? html`<div class="ds-field"><label class="ds-label" for="${id}">${label}</label>${errorOf(ctx, field.name, id)}<textarea class="ds-input" id="${id}" name="${field.name}" rows="3" maxlength="${field.maxLength}"${attrs(ctx, field.name, id, { required: field.required })}>${valueOf(ctx, field.name)}</textarea></div>`
        : html`<div class="ds-field"><label class="ds-label" for="${id}">${label}</label>${errorOf(ctx, field.name, id)}<input class="ds-input" type="text" id="${id}" name="${field.name}" value="${valueOf(ctx, field.name)}" maxlength="${field.maxLength}"${attrs(ctx, field.name, id, { required: field.required })}></div>`;
  }
}
