import { describe, expect, it } from 'vitest';
import { checkLanguage, occurrenceKeys, type LanguageRule } from '../../../../shared/language';
import { BLAMING, CORPUS_NAMES, NEUTRAL } from '../../../fixtures/language/corpus';

const names = CORPUS_NAMES;
const flagged = (s: string) => checkLanguage(s, { names }).length > 0;

describe('the blameless-language check', () => {
  it('finds at least 90% of the blaming sentences and flags at most 5% of the neutral ones', () => {
    expect(BLAMING.length + NEUTRAL.length).toBeGreaterThanOrEqual(200);
    const recall = BLAMING.filter(flagged).length / BLAMING.length;
    const falsePositives = NEUTRAL.filter(flagged).length / NEUTRAL.length;
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falsePositives).toBeLessThanOrEqual(0.05);
  });

  it('says where, what, why and how to reword', () => {
    const text = 'At 02:10 Alice forgot to renew it.';
    const [f] = checkLanguage(text, { names });
    expect(f).toMatchObject({ ruleId: 'person-slip', kind: 'person', match: 'Alice forgot' });
    expect(text.slice(f!.start, f!.end)).toBe('Alice forgot');
    expect(f!.explanation).toMatch(/person/);
    expect(f!.suggestion.length).toBeGreaterThan(20);
  });

  it("counts participants' names as persons, case as written", () => {
    expect(checkLanguage('Will missed the page.', { names })).toHaveLength(1);
    expect(checkLanguage('Will missed the page.', { names: [] })).toHaveLength(0);
    expect(checkLanguage('It will be missed the most.', { names })).toHaveLength(0);
    expect(checkLanguage('Okafor ignored the alert.', { names })).toHaveLength(1);
  });

  it('keeps one finding per stretch of text and reports each occurrence', () => {
    const text = 'Obviously Tom forgot, and obviously Sam ignored it. Obviously.';
    const found = checkLanguage(text, { names });
    for (let i = 1; i < found.length; i++)
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(occurrenceKeys(found).filter((k) => k.startsWith('hindsight:obviously#'))).toEqual([
      'hindsight:obviously#0',
      'hindsight:obviously#1',
      'hindsight:obviously#2',
    ]);
  });

  it("takes a team's own rules as data", () => {
    const extraRules: LanguageRule[] = [
      {
        id: 'team-ninja',
        kind: 'judgement',
        pattern: 'rockstar|ninja',
        explanation: 'Heroics language.',
        suggestion: 'Describe the practice, not the person.',
      },
    ];
    expect(checkLanguage('Only a ninja could fix it.', { extraRules })[0]?.ruleId).toBe(
      'team-ninja',
    );
    expect(checkLanguage('Only a ninja could fix it.')).toEqual([]);
  });

  it('never fails on any text', () => {
    for (const text of [
      '',
      ' ',
      '\u0000',
      '🙂'.repeat(500),
      'a'.repeat(10_000),
      '((([[',
      '\uE000\uE001',
    ])
      expect(Array.isArray(checkLanguage(text, { names: ['(', 'a.b', '  '] }))).toBe(true);
  });
});
