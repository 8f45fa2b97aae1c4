import { describe, expect, it } from 'vitest';
import {
  actionArea,
  diagnosisQuestionId,
  itemIds,
  lessonPromptId,
  postmortemContentSchema,
} from '../../../../shared/domain';
import { demoPostmortem, DEMO_FACTS } from '../../../../shared/template/demo-fraud';
import { DEMO_EVIDENCE } from '../../../../shared/template/demo-evidence';
import { inWindow, readDemoCsv } from './demo-csv';

const demo = demoPostmortem();
const at = (instant: string | null) => Date.parse(instant ?? '');

describe('demo postmortem', () => {
  it('passes the schema unchanged', () => {
    expect(postmortemContentSchema.parse(demo)).toEqual(demo);
    expect(demo.status).toBe('in_review');
  });

  it('fills every field of the summary and the purpose', () => {
    for (const [field, value] of Object.entries(demo.summary)) {
      expect(value, `summary.${field}`).not.toBeNull();
      expect(value, `summary.${field}`).not.toBe('');
    }
    expect(demo.summary.timeZone).toBe('Europe/Amsterdam');
    expect(demo.purpose.objective).not.toBe('');
    expect(demo.purpose.kpis.length).toBeGreaterThanOrEqual(4);
    for (const item of [...demo.purpose.kpis, ...demo.purpose.acceptedRisks]) {
      expect(item.name).not.toBe('');
      expect(item.unit).not.toBe('');
    }
    expect(demo.purpose.kpis.every((k) => typeof k.target === 'number')).toBe(true);
    expect(demo.purpose.acceptedRisks.length).toBeGreaterThan(0);
    expect(demo.purpose.acceptedRisks.every((r) => typeof r.value === 'number')).toBe(true);
  });

  it('answers all six diagnosis questions and all four lessons', () => {
    expect(demo.diagnosis.map((a) => a.question)).toEqual([...diagnosisQuestionId.values]);
    for (const answer of demo.diagnosis) {
      expect(answer.status, answer.id).not.toBe('not_examined');
      expect(answer.findings.length, answer.id).toBeGreaterThan(100);
    }
    expect(demo.diagnosis.some((a) => a.status === 'ruled_out')).toBe(true);
    expect(demo.lessons.map((l) => l.prompt)).toEqual([...lessonPromptId.values]);
    for (const lesson of demo.lessons) expect(lesson.answer.length).toBeGreaterThan(50);
  });

  it('places root causes in different layers and actions in every area', () => {
    expect(demo.rootCauses.length).toBeGreaterThanOrEqual(3);
    expect(demo.rootCauses.length).toBeLessThanOrEqual(4);
    expect(new Set(demo.rootCauses.map((c) => c.layer)).size).toBe(demo.rootCauses.length);
    expect(demo.workedWell.length).toBeGreaterThan(0);
    expect(demo.actions.length).toBeGreaterThanOrEqual(5);
    expect(new Set(demo.actions.map((a) => a.area))).toEqual(new Set(actionArea.values));
    for (const action of demo.actions) {
      expect(action.owner).not.toBe('');
      expect(action.dueDate).not.toBeNull();
      expect(action.reviewDate).not.toBeNull();
      expect(action.reviewDate! > action.dueDate!).toBe(true);
    }
  });

  it('has six participants with one facilitator and one scribe', () => {
    expect(demo.participants).toHaveLength(6);
    expect(demo.participants.filter((p) => p.role === 'facilitator')).toHaveLength(1);
    expect(demo.participants.filter((p) => p.role === 'scribe')).toHaveLength(1);
    expect(demo.participants.every((p) => p.team !== '')).toBe(true);
    expect(demo.parkingLot.length).toBeGreaterThan(0);
  });

  it('tells a consistent story in time', () => {
    const { startedAt, endedAt, detectedAt } = demo.summary;
    expect(startedAt).toBe(new Date(DEMO_EVIDENCE.incident.start).toISOString());
    expect(endedAt).toBe(new Date(DEMO_EVIDENCE.incident.end).toISOString());
    expect(at(detectedAt)).toBeGreaterThan(at(startedAt));
    expect(at(detectedAt)).toBeLessThan(at(endedAt));
    const times = demo.timeline.map((e) => at(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(demo.timeline.length).toBeGreaterThanOrEqual(10);
    for (const kind of [
      'deployment',
      'detection',
      'escalation',
      'mitigation',
      'communication',
      'resolution',
    ]) {
      expect(
        demo.timeline.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
    }
    const detection = demo.timeline.find((e) => e.kind === 'detection');
    expect(detection?.at).toBe(detectedAt);
    // The deployment happens just before the start; everything else between start and resolution.
    expect(demo.timeline[0]?.kind).toBe('deployment');
    expect(at(demo.timeline[0]!.at)).toBeLessThanOrEqual(at(startedAt));
    expect(times.slice(1).every((t) => t >= at(startedAt))).toBe(true);
    expect(demo.timeline.at(-1)?.kind).toBe('resolution');
    for (const item of demo.parkingLot) expect(at(item.createdAt)).toBeGreaterThan(at(endedAt));
  });

  it('quotes the same counts as the evidence file', () => {
    const incident = inWindow(readDemoCsv().rows, DEMO_EVIDENCE.incident);
    const baseline = inWindow(readDemoCsv().rows, DEMO_EVIDENCE.baseline);
    const flagged = incident.filter((r) => r.prediction === '1').length;
    const baseFlagged = baseline.filter((r) => r.prediction === '1').length;
    expect(flagged).toBe(DEMO_FACTS.flagged);
    expect(DEMO_FACTS.wronglyFlagged).toBe(DEMO_FACTS.flagged - DEMO_FACTS.confirmedFraud);
    expect(DEMO_FACTS.affectedCustomers).toBeLessThanOrEqual(DEMO_FACTS.wronglyFlagged);
    expect(demo.summary.impactedCount).toBe(DEMO_FACTS.wronglyFlagged);
    expect(demo.summary.whatHappened).toContain(`${DEMO_FACTS.wronglyFlagged} legitimate`);
    expect(demo.summary.whatHappened).toContain(`${DEMO_FACTS.affectedCustomers} customers`);
    const drift = demo.diagnosis.find((a) => a.question === 'data_drift')!.findings;
    expect(drift).toContain(`${flagged} of ${incident.length}`);
    expect(drift).toContain(`${baseFlagged} of ${baseline.length.toLocaleString('en-US')}`);
    const unmapped = incident.filter((r) => r.merchant_category === 'UNMAPPED').length;
    expect(drift).toContain(`${unmapped} of ${incident.length}`);
    const missing = demo.diagnosis.find((a) => a.question === 'missing_inputs')!.findings;
    const missingIncident = incident.filter((r) => r.device_type === '').length;
    const missingBaseline = baseline.filter((r) => r.device_type === '').length;
    expect(missing).toContain(`${missingIncident} of ${incident.length}`);
    expect(missing).toContain(`${missingBaseline} of ${baseline.length.toLocaleString('en-US')}`);
    expect(demo.summary.modelVersion).toBe(incident[0]?.model_version);
    expect(demo.title).toContain(DEMO_FACTS.badVersion);
  });

  it('uses fresh ids on every call (the method’s questions and prompts keep theirs)', () => {
    const fixed = new Set([...demo.diagnosis, ...demo.lessons].map((item) => item.id));
    const ids = itemIds(demo).filter((id) => !fixed.has(id));
    expect(new Set(ids).size).toBe(ids.length);
    const again = itemIds(demoPostmortem()).filter((id) => !fixed.has(id));
    expect(again.some((id) => ids.includes(id))).toBe(false);
  });
});
