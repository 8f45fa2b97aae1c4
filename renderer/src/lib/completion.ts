import type { PostmortemContent } from '../../../shared/domain';
import type { SectionId } from '../../../shared/domain';

/** How far a part of the document is filled in: `done` of `total` things the method asks for. */
export interface Completion {
  done: number;
  total: number;
}

export type EditorPartId = SectionId | 'timeline' | 'participants' | 'notes';

const filled = (text: string) => text.trim().length > 0;
const count = (checks: boolean[]): Completion => ({
  done: checks.filter(Boolean).length,
  total: checks.length,
});

/** A hint per part of the editor, counting the answers the method expects, not every field. */
export function completionOf(doc: PostmortemContent, part: EditorPartId): Completion {
  switch (part) {
    case 'summary': {
      const s = doc.summary;
      return count([
        filled(s.modelName),
        filled(s.whatHappened),
        s.startedAt !== null,
        s.endedAt !== null,
        s.detectedAt !== null,
        filled(s.detectedBy) || s.discovery !== null,
        filled(s.impactedWho) || s.impactedCount !== null,
      ]);
    }
    case 'purpose':
      return count([
        filled(doc.purpose.objective),
        doc.purpose.taskType !== null,
        // A template lays out KPIs and risks to measure; one counts once the room gave it a number.
        doc.purpose.kpis.some((k) => k.target !== null),
        doc.purpose.acceptedRisks.some((r) => r.value !== null),
      ]);
    case 'diagnosis':
      return count(
        doc.diagnosis.filter((a) => a.question !== null).map((a) => a.status !== 'not_examined'),
      );
    case 'root_causes':
      return count([doc.rootCauses.some((c) => filled(c.description))]);
    case 'worked_well':
      return count([doc.workedWell.some((w) => filled(w.text))]);
    case 'actions': {
      // A template's candidate action (only a hint, no wording yet) is not an action agreed.
      const agreed = doc.actions.filter((a) => filled(a.description));
      return count([
        agreed.length > 0,
        agreed.length > 0 && agreed.every((a) => filled(a.owner) && a.dueDate !== null),
      ]);
    }
    case 'lessons':
      return count(doc.lessons.map((l) => filled(l.answer)));
    case 'timeline':
      return count([doc.timeline.length > 0]);
    case 'participants':
      return count([doc.participants.length > 0]);
    case 'notes':
      // Optional: an empty parking lot is a fine outcome, so it counts as done once looked at.
      return count([doc.parkingLot.length > 0 || doc.notes.some((n) => filled(n.text))]);
  }
}

/** Words for the hint, so that it never relies on colour: "Not started", "2 of 4", "Complete". */
export function completionLabel({ done, total }: Completion): string {
  if (done === 0) return 'Not started';
  if (done >= total) return 'Complete';
  return `${done} of ${total}`;
}
