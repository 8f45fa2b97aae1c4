import { BUILT_IN_RULES, PERSON_WORDS, type LanguageRule } from './rules';

/** One stretch of blaming language in a text, with the rule that found it. */
export interface LanguageFinding {
  ruleId: string;
  kind: LanguageRule['kind'];
  /** UTF-16 offsets into the checked text, end exclusive. */
  start: number;
  end: number;
  /** The words found, as typed. */
  match: string;
  explanation: string;
  suggestion: string;
}

export interface LanguageOptions {
  /** Participants' names: each counts as a person, as a whole and by each of its words. */
  names?: readonly string[];
  extraRules?: readonly LanguageRule[];
}

interface Compiled {
  rule: LanguageRule;
  regex: RegExp;
  /** Runs on the text with every capitalised word masked too ({anyone}). */
  anyone: boolean;
}

// Known names and capitalised words are replaced, in a copy of the text, by private-use
// characters of the same length: offsets stay true, and the patterns match names case-sensitively
// while matching everything else case-insensitively.
const NAME_MASK = '\uE000';
const CAPITAL_MASK = '\uE001';
const PERSON = `(?:${NAME_MASK}+|${PERSON_WORDS.join('|')})`;
const ANYONE = `(?:${PERSON}|${CAPITAL_MASK}+)`;
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

function compileRule(rule: LanguageRule): Compiled {
  const source = rule.pattern.replaceAll('{person}', PERSON).replaceAll('{anyone}', ANYONE);
  return {
    rule,
    regex: new RegExp(`${EDGE_BEFORE}(?:${source})${EDGE_AFTER}`, 'giu'),
    anyone: rule.pattern.includes('{anyone}'),
  };
}

const builtIn = BUILT_IN_RULES.map(compileRule);
const extraCache = new WeakMap<readonly LanguageRule[], Compiled[]>();
let namesCache: { key: string; regex: RegExp | null } = { key: '', regex: null };

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole names first, then each word of at least two letters. */
function namesRegex(names: readonly string[]): RegExp | null {
  const key = names.join('\u0001');
  if (namesCache.key === key) return namesCache.regex;
  const parts = new Set<string>();
  for (const name of names) {
    const whole = name.trim().replace(/\s+/g, ' ');
    if (!whole) continue;
    parts.add(whole);
    for (const word of whole.split(' ')) if (/\p{L}.*\p{L}/u.test(word)) parts.add(word);
  }
  const sorted = [...parts].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const regex = sorted.length
    ? new RegExp(`${EDGE_BEFORE}(?:${sorted.map(escapeRegex).join('|')})${EDGE_AFTER}`, 'gu')
    : null;
  namesCache = { key, regex };
  return regex;
}

const mask = (m: string, by: string) => by.repeat(m.length);

/**
 * Finds blaming language in a text: a person as the subject of a failure, judgements and
 * hindsight. Overlapping findings keep the one that starts first (the longer on a tie). Pure and
 * fast enough to run on every keystroke (see `npm run bench -- --only language`).
 */
export function checkLanguage(text: string, options: LanguageOptions = {}): LanguageFinding[] {
  if (!text.trim()) return [];
  const names = namesRegex(options.names ?? []);
  const named = names ? text.replace(names, (m) => mask(m, NAME_MASK)) : text;
  let capitalised: string | null = null;
  const extra = options.extraRules?.length ? compiledExtra(options.extraRules) : [];
  const found: LanguageFinding[] = [];
  for (const c of extra.length ? [...builtIn, ...extra] : builtIn) {
    let subject = named;
    if (c.anyone) {
      capitalised ??= named.replace(/(?<![\p{L}\p{N}_])\p{Lu}[\p{L}\p{N}'’-]*/gu, (m) =>
        mask(m, CAPITAL_MASK),
      );
      subject = capitalised;
    }
    c.regex.lastIndex = 0;
    for (let m = c.regex.exec(subject); m; m = c.regex.exec(subject)) {
      if (m[0].length === 0) {
        c.regex.lastIndex++;
        continue;
      }
      found.push({
        ruleId: c.rule.id,
        kind: c.rule.kind,
        start: m.index,
        end: m.index + m[0].length,
        match: text.slice(m.index, m.index + m[0].length),
        explanation: c.rule.explanation,
        suggestion: c.rule.suggestion,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LanguageFinding[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (!last || f.start >= last.end) kept.push(f);
  }
  return kept;
}

function compiledExtra(rules: readonly LanguageRule[]): Compiled[] {
  let compiled = extraCache.get(rules);
  if (!compiled) {
    compiled = rules.map(compileRule);
    extraCache.set(rules, compiled);
  }
  return compiled;
}

/**
 * A key for one occurrence, for dismissing it: the rule, the words (case-folded) and which
 * occurrence of those words in the text it is, so an edit elsewhere in the field keeps it.
 */
export function occurrenceKeys(findings: readonly LanguageFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}:${f.match.toLowerCase().replace(/\s+/g, ' ')}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  });
}
