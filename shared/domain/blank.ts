import { diagnosisQuestionId, lessonPromptId } from './enums';
import type { PostmortemContent } from './postmortem';

/** An empty postmortem with every question and prompt present, so the editor never has to invent them. */
export function blankPostmortem(
  title = 'Untitled postmortem',
  timeZone = 'UTC',
): PostmortemContent {
  return {
    title,
    status: 'draft',
    summary: {
      modelName: '',
      modelVersion: '',
      severity: null,
      whatHappened: '',
      timeZone,
      startedAt: null,
      endedAt: null,
      detectedAt: null,
      detectedBy: '',
      discovery: null,
      impactedWho: '',
      impactedCount: null,
      impactedUnit: '',
    },
    purpose: { objective: '', taskType: null, kpis: [], acceptedRisks: [] },
    diagnosis: diagnosisQuestionId.values.map((question) => ({
      id: question,
      question,
      text: '',
      status: 'not_examined' as const,
      findings: '',
      hint: '',
    })),
    rootCauses: [],
    workedWell: [],
    actions: [],
    lessons: lessonPromptId.values.map((prompt) => ({ id: prompt, prompt, answer: '' })),
    timeline: [],
    participants: [],
    parkingLot: [],
    notes: [],
    causeNodes: [],
    findings: [],
    links: [],
    hints: {},
  };
}
