import type { PostmortemContent } from './postmortem';

/** A content path ('summary.endedAt', 'participants#<id>.name') and what to check there. */
export interface DocumentWarning {
  path: string;
  message: string;
}

/**
 * What is stored but not yet consistent. These never block a write: two people editing at once
 * must never lose input to a cross-field rule; the editor shows each warning beside its field.
 */
export function documentWarnings(doc: Pick<PostmortemContent, 'summary' | 'participants'>) {
  const warnings: DocumentWarning[] = [];
  const { startedAt, endedAt, detectedAt } = doc.summary;
  if (startedAt && endedAt && Date.parse(endedAt) < Date.parse(startedAt)) {
    warnings.push({
      path: 'summary.endedAt',
      message: 'The incident cannot end before it started: check the end instant.',
    });
  }
  if (startedAt && detectedAt && Date.parse(detectedAt) < Date.parse(startedAt)) {
    warnings.push({
      path: 'summary.detectedAt',
      message: 'The incident cannot be detected before it started: check the detected instant.',
    });
  }
  for (const participant of doc.participants) {
    if (participant.name.trim() === '') {
      warnings.push({
        path: `participants#${participant.id}.name`,
        message: 'A participant needs a name.',
      });
    }
  }
  return warnings;
}
