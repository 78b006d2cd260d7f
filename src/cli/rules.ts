/**
 * `retur check <rule set> [FILE|-]` and `retur support [FILE|-]`: one JSON object or an array of them in,
 * the answers in the same order out. Bad input: the problem JSON on stderr, exit code 2, nothing printed.
 * `--lang` chooses the language of each message's `text` (default English).
 */
import { ruleSetById, type AnyRuleSet } from '../rules/index.ts';
import { ReturError, type FieldError } from '../shared/errors.ts';
import { fieldErrorsOf, unsafeTextErrors } from '../shared/parse.ts';
import { fail, parseJson, printJson, readText } from './io.ts';
import { DEFAULT_LANG, languageTags, langOf, type Lang } from '../i18n/languages.ts';
import { withTexts } from '../i18n/rule-texts.ts';
import { loadCatalogues } from '../i18n/catalogue.ts';
import type { ReformedLaw } from '../rules/engine/reformed.ts';

/** The language `--lang` names (any case), or REQUEST_INVALID naming `lang`. */
export function cliLanguage(tag: string | undefined): Lang {
  if (tag === undefined) return DEFAULT_LANG;
  const lang = langOf(tag);
  if (lang === undefined) {
    const message = `a language Retur speaks: ${languageTags.join(', ')}`;
    throw new ReturError('REQUEST_INVALID', `--lang ${tag} is not ${message}`, {}, { errors: [{ path: '/lang', code: 'invalid_value', message }] });
  }
  return lang;
}

export function evaluateAll(ruleSet: AnyRuleSet, raw: unknown, trace: boolean, lang: Lang = DEFAULT_LANG, reform?: ReformedLaw): unknown {
  const many = Array.isArray(raw);
  const items: unknown[] = many ? raw : [raw];
  if (many && items.length === 0) throw new ReturError('REQUEST_INVALID', 'The input array is empty.');
  const errors: FieldError[] = unsafeTextErrors(raw);
  const parsed = items.map((item, index) => {
    const result = ruleSet.input.safeParse(item);
    if (!result.success) {
      for (const e of fieldErrorsOf(result.error)) errors.push({ ...e, path: many ? `/${index}${e.path}` : e.path });
    }
    return result.data;
  });
  if (errors.length > 0) {
    throw new ReturError('REQUEST_INVALID', `The input is not valid: ${errors[0]!.path || '(body)'} ${errors[0]!.message}`, {}, { errors });
  }
  const answers = parsed.map((input) => withTexts(ruleSet.evaluate(input, reform === undefined ? { trace } : { trace, reform }), lang));
  return many ? answers : answers[0];
}

/** `retur check <rule set>` and `retur support`: the rule set `id` on the JSON in FILE or standard input. */
export async function check(id: string, file: string | undefined, options: { trace: boolean; lang?: string; reform?: string }): Promise<void> {
  try {
    const ruleSet = ruleSetById(id);
    if (!ruleSet) throw new Error(`No rule set ${id}`);
    const lang = cliLanguage(options.lang);
    await loadCatalogues([lang]);
    // The reform first: a reform that does not fit the law is refused before any input is read.
    const reform =
      options.reform === undefined
        ? undefined
        : // Imported here: it brings the YAML parser, which a check without a reform does not need to load.
          (await import('../lab/reform-input.ts')).loadReformText(await readText(options.reform), options.reform).law;
    const raw = parseJson(await readText(file));
    printJson(evaluateAll(ruleSet, raw, options.trace, lang, reform));
  } catch (error) {
    fail(error);
  }
}
