import { SECTIONS, TIMELINE_PART } from '../../../../shared/domain';
import type { EditorPartId } from '../../lib/completion';

export interface EditorPart {
  id: EditorPartId;
  number?: number;
  title: string;
}

/** The editor's parts top to bottom: the seven sections in method order, the timeline after
 * the summary, then the participants and the parking lot at the end. */
export const EDITOR_PARTS: readonly EditorPart[] = [
  { id: SECTIONS[0].id, number: 1, title: SECTIONS[0].title },
  { id: TIMELINE_PART.id, title: TIMELINE_PART.title },
  ...SECTIONS.slice(1).map((s) => ({ id: s.id, number: s.number, title: s.title })),
  { id: 'participants', title: 'Participants' },
  { id: 'notes', title: 'Parking lot and notes' },
];
