import {
  blankPostmortem,
  type ActionArea,
  type DiagnosisQuestionId,
  type DiscoveryChannel,
  type PostmortemContent,
  type RootCauseLayer,
  type TaskType,
} from '../domain';
import { newId } from './ids';

/**
 * What a scenario template pre-fills, in the facilitator's words. Everything that only the room can
 * know (times, counts, owners, dates, statuses) stays empty so that nothing pre-filled passes for a
 * finding.
 */
export interface ScenarioSketch {
  title: string;
  summary: {
    modelName: string;
    whatHappened: string;
    impactedWho: string;
    impactedUnit: string;
    discovery?: DiscoveryChannel;
  };
  purpose: {
    objective: string;
    taskType: TaskType;
    kpis: readonly { name: string; unit: string; note: string }[];
    acceptedRisks: readonly { name: string; unit: string; note: string }[];
  };
  /** Questions to ask for every diagnosis question; the likely ones get the sharpest. */
  diagnosisHints: Record<DiagnosisQuestionId, string>;
  rootCauseLayers: readonly { layer: RootCauseLayer; description: string }[];
  candidateActions: readonly { area: ActionArea; description: string }[];
  notes?: string;
}

export function fromSketch(sketch: ScenarioSketch): PostmortemContent {
  const doc = blankPostmortem(sketch.title);
  return {
    ...doc,
    summary: {
      ...doc.summary,
      modelName: sketch.summary.modelName,
      whatHappened: sketch.summary.whatHappened,
      impactedWho: sketch.summary.impactedWho,
      impactedUnit: sketch.summary.impactedUnit,
      discovery: sketch.summary.discovery ?? null,
    },
    purpose: {
      objective: sketch.purpose.objective,
      taskType: sketch.purpose.taskType,
      kpis: sketch.purpose.kpis.map((kpi) => ({ id: newId(), target: null, ...kpi })),
      acceptedRisks: sketch.purpose.acceptedRisks.map((risk) => ({
        id: newId(),
        value: null,
        ...risk,
      })),
    },
    diagnosis: doc.diagnosis.map((answer) => ({
      ...answer,
      status: 'not_examined',
      findings: sketch.diagnosisHints[answer.question],
    })),
    rootCauses: sketch.rootCauseLayers.map((cause) => ({ id: newId(), ...cause })),
    actions: sketch.candidateActions.map((action) => ({
      id: newId(),
      ...action,
      owner: '',
      dueDate: null,
      status: 'open',
      reviewDate: null,
    })),
    notes: sketch.notes ?? '',
  };
}
