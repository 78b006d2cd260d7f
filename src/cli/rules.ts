/**
 * `retur check <rule set> [FILE|-]` and `retur support [FILE|-]`: one JSON object or an array of them in,
 * the answers in the same order out. Bad input: the problem JSON on stderr, exit code 2, nothing printed.
 * `--lang` chooses the language of each message's `text` (default English).
 */
import type { Command } from 'commander';
import { ruleSets, type AnyRuleSet } from '../rules/index.ts';
import { ReturError, type FieldError } from '../shared/errors.ts';
import { fieldErrorsOf } from '../shared/parse.ts';
import { fail, parseJson, printJson, readText } from './io.ts';
import { DEFAULT_LANG, languageTags, langOf, type Lang } from '../i18n/languages.ts';
import { withTexts } from '../i18n/rule-texts.ts';

/** The language `--lang` names (any case), or REQUEST_INVALID naming `lang`. */
export function cliLanguage(tag: string | undefined): Lang {
  if (tag === undefined) return DEFAULT_LANG;
  const lang = langOf(tag);
  if (lang === undefined) {
    const message = `a language Retur speaks: ${languageTags.join(', ')}`;
    throw new ReturError('REQUEST_INVALID', `--lang ${tag} is not ${message}`, { errors: [{ path: '/lang', code: 'invalid_value', message }] });
  }
  return lang;
}

export function evaluateAll(ruleSet: AnyRuleSet, raw: unknown, trace: boolean, lang: Lang = DEFAULT_LANG): unknown {
  const many = Array.isArray(raw);
  const items: unknown[] = many ? raw : [raw];
  if (many && items.length === 0) throw new ReturError('REQUEST_INVALID', 'The input array is empty.');
  const errors: FieldError[] = [];
  const parsed = items.map((item, index) => {
    const result = ruleSet.input.safeParse(item);
    if (!result.success) {
      for (const e of fieldErrorsOf(result.error)) errors.push({ ...e, path: many ? `/${index}${e.path}` : e.path });
    }
    return result.data;
  });
  if (errors.length > 0) {
    throw new ReturError('REQUEST_INVALID', `The input is not valid: ${errors[0]!.path || '(body)'} ${errors[0]!.message}`, { errors });
  }
  const answers = parsed.map((input) => withTexts(ruleSet.evaluate(input, { trace }), lang));
  return many ? answers : answers[0];
}

export function registerRuleCommands(program: Command): void {
  const groups = new Map<string, Command>();
  for (const ruleSet of ruleSets) {
    const words = [...ruleSet.command];
    const last = words.pop()!;
    let parent = program;
    for (const word of words) {
      let group = groups.get(word);
      if (!group) {
        group = program.command(word).description(word === 'check' ? 'Evaluate a rule set on JSON input' : word);
        groups.set(word, group);
      }
      parent = group;
    }
    parent
      .command(`${last} [file]`)
      .description(`${ruleSet.title}. Reads one JSON object or an array of them from FILE or - (standard input).`)
      .option('--no-trace', 'leave the trace out of the answer')
      .option('--lang <tag>', `the language of the messages' text: ${languageTags.join(', ')} (default en)`)
      .action(async (file: string | undefined, options: { trace: boolean; lang?: string }) => {
        try {
          const lang = cliLanguage(options.lang);
          const raw = parseJson(await readText(file));
          printJson(evaluateAll(ruleSet, raw, options.trace, lang));
        } catch (error) {
          fail(error);
        }
      });
  }
}
