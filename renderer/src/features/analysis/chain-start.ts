import { diagnosisQuestionId, type DiagnosisAnswer } from '../../../../shared/domain';

/** How a diagnosis answer is named: the method's question, or the room's own hypothesis. */
export function answerName(answer: DiagnosisAnswer): string {
  if (answer.question !== null) return diagnosisQuestionId.labels[answer.question];
  return answer.text.trim() || 'A hypothesis not written yet';
}

/**
 * The problem statement a chain from this answer starts with: the first sentence of its findings
 * (what the room found), else its question.
 */
export function answerStatement(answer: DiagnosisAnswer): string {
  const findings = answer.findings.trim();
  if (findings === '') return answerName(answer);
  const first = /^(.+?[.!?])(\s|$)/s.exec(findings)?.[1] ?? findings.split('\n')[0]!;
  return first.length > 300 ? `${first.slice(0, 299)}…` : first;
}
