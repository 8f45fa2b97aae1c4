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
}

/**
 * A new postmortem from a scenario sketch. The sketch's wording becomes placeholders (hints): shown
 * in the empty fields as prompts, never stored as answers, so a section counts as done only when
 * someone wrote in it. What is structure rather than prose (the kind of task, the KPIs and risks
 * to measure, the layers and areas to consider) is laid out as items to fill in.
 */
export function fromSketch(sketch: ScenarioSketch): PostmortemContent {
  const doc = blankPostmortem(sketch.title);
  const hints: Record<string, string> = {
    'summary.modelName': `e.g. ${sketch.summary.modelName}`,
    'summary.whatHappened': sketch.summary.whatHappened,
    'summary.impactedWho': sketch.summary.impactedWho,
    'summary.impactedUnit': `e.g. ${sketch.summary.impactedUnit}`,
    'purpose.objective': sketch.purpose.objective,
  };
  return {
    ...doc,
    summary: { ...doc.summary, discovery: sketch.summary.discovery ?? null },
    purpose: {
      objective: '',
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
      hint: answer.question === null ? '' : sketch.diagnosisHints[answer.question],
    })),
    rootCauses: sketch.rootCauseLayers.map((cause) => ({
      id: newId(),
      layer: cause.layer,
      description: '',
      hint: cause.description,
    })),
    actions: sketch.candidateActions.map((action) => ({
      id: newId(),
      area: action.area,
      description: '',
      owner: '',
      dueDate: null,
      status: 'open',
      reviewDate: null,
      hint: action.description,
    })),
    hints,
  };
}
