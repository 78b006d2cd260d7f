/**
 * Forms from the schemas the API already parses with: an action's zod input schema becomes the fields of its
 * form, and the submitted form becomes the input the same schema then parses (so the console and the API
 * accept exactly the same things, and an error names the same field). Routing of values only: no policy.
 *
 * The JSON Schema zod writes (`z.toJSONSchema`, io: input) is read for: objects (a fieldset per nested object),
 * `oneOf` objects told apart by a constant (a choice, then the union of their fields), nullable values
 * (`anyOf` with null), dates, person ids (a choice among the household), country codes, enums, booleans,
 * numbers, strings (a text area past 300 characters) and lists of enums or of person ids (checkboxes).
 */
import { z } from 'zod';

/** An enum's value as the schema has it (a number stays a number). */
export type Option = string | number | boolean;

export type Field =
  | { readonly kind: 'text'; readonly name: string; readonly required: boolean; readonly multiline: boolean; readonly maxLength?: number }
  | { readonly kind: 'date'; readonly name: string; readonly required: boolean }
  | { readonly kind: 'number'; readonly name: string; readonly required: boolean; readonly step?: number; readonly min?: number; readonly max?: number }
  | { readonly kind: 'boolean'; readonly name: string }
  | { readonly kind: 'choice'; readonly name: string; readonly required: boolean; readonly options: readonly Option[] }
  | { readonly kind: 'choices'; readonly name: string; readonly options: readonly Option[] }
  | { readonly kind: 'person'; readonly name: string; readonly required: boolean }
  | { readonly kind: 'people'; readonly name: string }
  | { readonly kind: 'account'; readonly name: string; readonly required: boolean }
  | { readonly kind: 'country'; readonly name: string; readonly required: boolean }
  /** A nested object; an optional one left blank is left out of the input. */
  | { readonly kind: 'group'; readonly name: string; readonly required: boolean; readonly fields: readonly Field[] }
  /** A field the console cannot offer (an uploaded file): the API takes it. */
  | { readonly kind: 'unsupported'; readonly name: string; readonly required: boolean };

interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly multipleOf?: number;
  readonly default?: unknown;
}

const COUNTRY = '^[A-Z]{2}$';
const cache = new WeakMap<z.ZodType, readonly Field[]>();

/** The fields of a form for a schema (an object, or a union of objects). */
export function fieldsOf(schema: z.ZodType): readonly Field[] {
  let fields = cache.get(schema);
  if (fields === undefined) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    fields = objectFields(json, '');
    cache.set(schema, fields);
  }
  return fields;
}

function objectFields(schema: JsonSchema, prefix: string): Field[] {
  if (schema.oneOf) return unionFields(schema.oneOf, prefix);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, property]) =>
    fieldOf(`${prefix}${key}`, property, required.has(key) && property.default === undefined),
  );
}

/** A union of objects told apart by a constant: the constant as a choice, then every other field once. */
function unionFields(variants: readonly JsonSchema[], prefix: string): Field[] {
  const discriminators = new Map<string, Option[]>();
  const others = new Map<string, Field>();
  for (const variant of variants) {
    for (const [key, property] of Object.entries(variant.properties ?? {})) {
      if (property.const !== undefined) discriminators.set(key, [...(discriminators.get(key) ?? []), property.const as Option]);
      else if (!others.has(key)) others.set(key, fieldOf(`${prefix}${key}`, property, false));
    }
  }
  return [...[...discriminators].map(([key, options]): Field => ({ kind: 'choice', name: `${prefix}${key}`, required: true, options })), ...others.values()];
}

function fieldOf(name: string, schema: JsonSchema, required: boolean): Field {
  const nonNull = schema.anyOf?.filter((s) => s.type !== 'null');
  if (nonNull && nonNull.length === 1) return fieldOf(name, nonNull[0]!, false);
  if (schema.enum) return { kind: 'choice', name, required, options: schema.enum as Option[] };
  switch (schema.type) {
    case 'boolean':
      return { kind: 'boolean', name };
    case 'number':
    case 'integer':
      return {
        kind: 'number',
        name,
        required,
        ...(schema.multipleOf === undefined ? {} : { step: schema.multipleOf }),
        ...((schema.minimum ?? schema.exclusiveMinimum) === undefined ? {} : { min: (schema.minimum ?? schema.exclusiveMinimum)! }),
        ...(schema.maximum === undefined ? {} : { max: schema.maximum }),
      };
    case 'array':
      if (schema.items?.enum) return { kind: 'choices', name, options: schema.items.enum as Option[] };
      if (schema.items?.format === 'uuid') return { kind: 'people', name };
      return { kind: 'unsupported', name, required };
    case 'object':
      // An uploaded file (its type and bytes as base64): the console takes files as a file input, not as text.
      if (schema.properties?.['base64'] !== undefined) return { kind: 'unsupported', name, required };
      return { kind: 'group', name, required, fields: objectFields(schema, `${name}.`) };
    case 'string':
      if (schema.format === 'date') return { kind: 'date', name, required };
      if (schema.format === 'uuid') return name.endsWith('userId') ? { kind: 'account', name, required } : { kind: 'person', name, required };
      if (schema.pattern === COUNTRY) return { kind: 'country', name, required };
      return {
        kind: 'text',
        name,
        required,
        multiline: (schema.maxLength ?? 0) > 300,
        ...(schema.maxLength === undefined ? {} : { maxLength: schema.maxLength }),
      };
    default:
      if (schema.oneOf) return { kind: 'group', name, required, fields: unionFields(schema.oneOf, `${name}.`) };
      return { kind: 'unsupported', name, required };
  }
}

export type FormBody = Readonly<Record<string, string | readonly string[] | undefined>>;

const first = (value: string | readonly string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : (value as string | undefined));
const all = (value: string | readonly string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? [...value] : [value as string]);

/**
 * The input a submitted form stands for: each field's text turned into the value its schema expects (an empty
 * optional field is left out; an empty required one stays empty so that the schema names it). The schema
 * still decides what is valid.
 */
export function inputFrom(fields: readonly Field[], body: FormBody): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const key = field.name.slice(field.name.lastIndexOf('.') + 1);
    const raw = body[field.name];
    switch (field.kind) {
      case 'group': {
        // An optional group (an entry ban that the decision does not have) left blank is not given at all.
        if (!field.required && !hasInput(field.fields, body)) break;
        const nested = inputFrom(field.fields, body);
        if (Object.keys(nested).length > 0) out[key] = nested;
        break;
      }
      case 'boolean':
        if (first(raw) !== undefined) out[key] = first(raw) === 'true' || first(raw) === 'on';
        break;
      case 'choice': {
        const text = first(raw) ?? '';
        if (text !== '' || field.required) out[key] = optionOf(field.options, text);
        break;
      }
      case 'choices': {
        const values = all(raw).filter((v) => v !== '');
        if (values.length > 0) out[key] = values.map((v) => optionOf(field.options, v));
        break;
      }
      case 'people': {
        const values = all(raw).filter((v) => v !== '');
        if (values.length > 0) out[key] = values;
        break;
      }
      case 'number': {
        const text = first(raw)?.trim() ?? '';
        if (text !== '') out[key] = /^-?\d+(\.\d+)?$/.test(text.replace(',', '.')) ? Number(text.replace(',', '.')) : text;
        else if (field.required) out[key] = text;
        break;
      }
      case 'unsupported':
        break;
      default: {
        const text = first(raw)?.trim() ?? '';
        if (text !== '' || ('required' in field && field.required)) out[key] = text;
      }
    }
  }
  return out;
}

/** Whether anything was filled in among these fields (a checkbox ticked, a text typed, a choice made). */
function hasInput(fields: readonly Field[], body: FormBody): boolean {
  return fields.some((field) => (field.kind === 'group' ? hasInput(field.fields, body) : all(body[field.name]).some((v) => v.trim() !== '')));
}

/** The option a submitted text names (its value as the schema has it), or the text itself for the schema to refuse. */
function optionOf(options: readonly Option[], text: string): Option {
  return options.find((o) => String(o) === text) ?? text;
}

/** The form field a JSON Pointer of an error names (`/facts/legalResidence` → `facts.legalResidence`). */
export function fieldNameOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .filter((p) => !/^\d+$/.test(p))
    .join('.');
}
