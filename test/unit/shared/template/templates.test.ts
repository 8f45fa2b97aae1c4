import { describe, expect, it } from 'vitest';
import { diagnosisQuestionId, itemIds, postmortemContentSchema } from '../../../../shared/domain';
import { findTemplate, templates } from '../../../../shared/template';

const EXPECTED_IDS = [
  'stale-logic',
  'corrupt-feature',
  'silent-retrain',
  'llm-hallucination',
  'fraud-false-positives',
];

describe('scenario templates', () => {
  it('offers one template per typical scenario, with stable unique ids', () => {
    expect(templates.map((t) => t.id)).toEqual(EXPECTED_IDS);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const id of EXPECTED_IDS) expect(findTemplate(id)?.id).toBe(id);
    expect(findTemplate('no-such-template')).toBeUndefined();
  });

  describe.each(templates.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    it('builds a document the schema accepts unchanged', () => {
      const doc = template.build();
      expect(postmortemContentSchema.parse(doc)).toEqual(doc);
      expect(template.title.trim()).not.toBe('');
      expect(template.description.trim()).not.toBe('');
    });

    it('carries its prompts as placeholders, never as answers, and leaves every fact to the room', () => {
      const doc = template.build();
      expect(doc.status).toBe('draft');
      expect(doc.summary.modelName).toBe('');
      expect(doc.hints['summary.modelName']).toMatch(/^e\.g\. /);
      expect(doc.summary.whatHappened).toBe('');
      expect(doc.hints['summary.whatHappened']).toMatch(/^Sketch – replace with the facts/);
      expect(doc.purpose.objective).toBe('');
      expect(doc.hints['purpose.objective']).not.toBe('');
      expect(doc.summary.startedAt).toBeNull();
      expect(doc.summary.impactedCount).toBeNull();
      expect(doc.purpose.taskType).not.toBeNull();
      expect(doc.purpose.kpis.length).toBeGreaterThan(0);
      expect(doc.diagnosis.map((a) => a.question)).toEqual([...diagnosisQuestionId.values]);
      for (const answer of doc.diagnosis) {
        expect(answer.status).toBe('not_examined');
        expect(answer.findings).toBe('');
        expect(answer.hint).toMatch(/To ask: .*\?/);
      }
      for (const cause of doc.rootCauses) {
        expect(cause.description).toBe('');
        expect(cause.hint).toMatch(/^To consider: /);
      }
      expect(doc.rootCauses.length).toBeGreaterThanOrEqual(3);
      expect(new Set(doc.rootCauses.map((c) => c.layer)).size).toBe(doc.rootCauses.length);
      expect(doc.actions.length).toBeGreaterThanOrEqual(3);
      for (const action of doc.actions) {
        expect(action).toMatchObject({
          owner: '',
          dueDate: null,
          reviewDate: null,
          status: 'open',
        });
        expect(action.description).toBe('');
        expect(action.hint).not.toBe('');
      }
      expect(doc.lessons.every((l) => l.answer === '')).toBe(true);
      expect(doc.participants).toEqual([]);
      expect(doc.timeline).toEqual([]);
    });

    it('uses fresh ids and fresh objects on every build', () => {
      const first = template.build();
      const second = template.build();
      // The method's questions and prompts keep their own ids; every other item gets a new one.
      const fresh = (doc: typeof first) =>
        itemIds(doc).filter(
          (id) => !doc.diagnosis.some((a) => a.id === id) && !doc.lessons.some((l) => l.id === id),
        );
      const firstIds = fresh(first);
      expect(new Set(firstIds).size).toBe(firstIds.length);
      expect(fresh(second).some((id) => firstIds.includes(id))).toBe(false);
      first.diagnosis[0]!.findings = 'edited';
      first.rootCauses.pop();
      const third = template.build();
      expect(third.diagnosis[0]!.findings).not.toBe('edited');
      expect(third.rootCauses.length).toBe(second.rootCauses.length);
    });
  });
});
