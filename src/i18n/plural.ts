import type { LanguageCode } from '../db/schema.ts';

/** The forms of a counted phrase; `#` stands for the number, written the language's way. */
export interface PluralForms {
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  zero?: string;
  other: string;
}

const rules = new Map<LanguageCode, Intl.PluralRules>();
const numbers = new Map<LanguageCode, Intl.NumberFormat>();

/**
 * The phrase for `n` things by the language's CLDR plural rules (Intl.PluralRules): English
 * "1 article" / "2 articles"; Vietnamese and Chinese have one form, so only `other` is used.
 * Every catalogue message that shows a count goes through here.
 */
export function plural(lang: LanguageCode, n: number, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  let format = numbers.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : lang === 'en' ? 'en-GB' : 'vi-VN');
    numbers.set(lang, format);
  }
  const text = forms[rule.select(n)] ?? forms.other;
  return text.replaceAll('#', format.format(n));
}

/** An English count with its noun: count(1, 'article') "1 article", count(2, 'entry', 'entries'). */
export function count(n: number, one: string, other = `${one}s`): string {
  return plural('en', n, { one: `# ${one}`, other: `# ${other}` });
}
