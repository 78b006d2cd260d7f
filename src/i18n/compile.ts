/**
 * A message's ICU syntax tree made into a function once, so that saying it on a page is string joins and
 * calls to `Intl` formatters made in advance: intl-messageformat walks the tree on every call and looks its
 * formatters up by serialising their arguments, which cost more than the rest of a result page.
 *
 * The function says exactly what intl-messageformat's `format` says (a test compares the two for every
 * message of every language), for the parts the catalogues use: text, `{name}`, `#`, `number`, `date`,
 * `select` and `plural`. For anything else — a time, a tag, a missing value, a value of a type it does not
 * expect — it answers `undefined`, and the caller asks intl-messageformat, which says it or throws its error.
 */
import { IntlMessageFormat, type Formats } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

type Values = Readonly<Record<string, unknown>>;
/** A part of a message: its text given the values and the number of the plural around it, or GIVE_UP. */
type Part = (values: Values, pluralValue: number | undefined) => string | typeof GIVE_UP;
const GIVE_UP = Symbol('give up');

export type CompiledMessage = (values: Values) => string | undefined;

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** The message as a function, or `undefined` when it uses a part this does not say (intl-messageformat does). */
export function compileMessage(ast: readonly MessageFormatElement[], locale: string, extraFormats: Partial<Formats>): CompiledMessage | undefined {
  const formats = {
    number: { ...IntlMessageFormat.formats.number, ...extraFormats.number },
    date: { ...IntlMessageFormat.formats.date, ...extraFormats.date },
  };
  let plainNumbers: Intl.NumberFormat | undefined;
  const pluralRules = new Map<string, Intl.PluralRules>();

  function parts(elements: readonly MessageFormatElement[]): Part | undefined {
    const list: Part[] = [];
    for (const el of elements) {
      const part = partOf(el);
      if (part === undefined) return undefined;
      list.push(part);
    }
    if (list.length === 1) return list[0];
    return (values, pluralValue) => {
      let out = '';
      for (const part of list) {
        const text = part(values, pluralValue);
        if (text === GIVE_UP) return GIVE_UP;
        out += text;
      }
      return out;
    };
  }

  /** The branches of a select or plural, each made into a part; `undefined` when one of them cannot be. */
  function optionParts(options: Readonly<Record<string, { readonly value: readonly MessageFormatElement[] }>>): Map<string, Part> | undefined {
    const made = new Map<string, Part>();
    for (const [key, option] of Object.entries(options)) {
      const part = parts(option.value);
      if (part === undefined) return undefined;
      made.set(key, part);
    }
    return made;
  }

  function partOf(el: MessageFormatElement): Part | undefined {
    switch (el.type) {
      case TYPE.literal: {
        const text = el.value;
        return () => text;
      }
      case TYPE.pound:
        return (_values, pluralValue) => {
          if (typeof pluralValue !== 'number') return '';
          plainNumbers ??= new Intl.NumberFormat(locale);
          return plainNumbers.format(pluralValue);
        };
      case TYPE.argument: {
        const name = el.value;
        return (values) => {
          if (!has(values, name)) return GIVE_UP;
          const value = values[name];
          if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return String(value);
          return value ? GIVE_UP : '';
        };
      }
      case TYPE.number: {
        const style = typeof el.style === 'string' ? formats.number[el.style] : el.style ? el.style.parsedOptions : undefined;
        if (typeof el.style === 'string' && style === undefined) return undefined;
        if (style && (style as { scale?: number }).scale) return undefined;
        const format = new Intl.NumberFormat(locale, style);
        const name = el.value;
        return (values) => {
          const value = values[name];
          return has(values, name) && typeof value === 'number' ? format.format(value) : GIVE_UP;
        };
      }
      case TYPE.date: {
        const style = typeof el.style === 'string' ? formats.date[el.style] : el.style ? el.style.parsedOptions : undefined;
        if (typeof el.style === 'string' && style === undefined) return undefined;
        const format = new Intl.DateTimeFormat(locale, style);
        const name = el.value;
        return (values) => {
          const value = values[name];
          return has(values, name) && value instanceof Date ? format.format(value) : GIVE_UP;
        };
      }
      case TYPE.select: {
        const options = optionParts(el.options);
        if (options === undefined) return undefined;
        const name = el.value;
        return (values) => {
          if (!has(values, name)) return GIVE_UP;
          const value = values[name];
          if (typeof value !== 'string' && typeof value !== 'number') return GIVE_UP;
          // Inside a select, `#` has no number: intl-messageformat passes none down.
          const option = options.get(String(value)) ?? options.get('other');
          return option === undefined ? GIVE_UP : option(values, undefined);
        };
      }
      case TYPE.plural: {
        const options = optionParts(el.options);
        if (options === undefined) return undefined;
        const offset = el.offset || 0;
        const type = el.pluralType ?? 'cardinal';
        let rules = pluralRules.get(type);
        if (rules === undefined) {
          rules = new Intl.PluralRules(locale, { type });
          pluralRules.set(type, rules);
        }
        const name = el.value;
        const chosen = rules;
        return (values) => {
          const value = values[name];
          if (!has(values, name) || typeof value !== 'number') return GIVE_UP;
          const option = options.get(`=${value}`) ?? options.get(chosen.select(value - offset)) ?? options.get('other');
          return option === undefined ? GIVE_UP : option(values, value - offset);
        };
      }
      default:
        return undefined;
    }
  }

  const whole = parts(ast);
  if (whole === undefined) return undefined;
  return (values) => {
    const text = whole(values, undefined);
    return text === GIVE_UP ? undefined : text;
  };
}
