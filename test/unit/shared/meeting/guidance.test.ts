import { describe, expect, it } from 'vitest';
import { GROUND_RULES, STEP_GUIDANCE } from '../../../../shared/meeting/guidance';
import { STEP_IDS } from '../../../../shared/meeting/types';

describe('guidance', () => {
  it('has ground rules and, for every step, an aim and questions', () => {
    expect(GROUND_RULES.length).toBeGreaterThanOrEqual(4);
    for (const id of STEP_IDS) {
      expect(STEP_GUIDANCE[id].aim.length, id).toBeGreaterThan(10);
      expect(STEP_GUIDANCE[id].questions.length, id).toBeGreaterThanOrEqual(3);
      for (const q of STEP_GUIDANCE[id].questions) expect(q.endsWith('?'), q).toBe(true);
    }
  });

  it('asks the diagnosis questions of the method (drift, inputs, labels, deployment, monitoring)', () => {
    const text = STEP_GUIDANCE.diagnosis.questions.join(' ').toLowerCase();
    for (const word of ['drift', 'missing', 'labels', 'deploy', 'monitoring']) {
      expect(text).toContain(word);
    }
  });
});
