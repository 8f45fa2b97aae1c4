import type { ReportSource } from './source';
import type { Figure } from './types';

/** What every section builder gets: the source, name redaction and the figures by target. */
export interface SectionContext {
  src: ReportSource;
  t: (text: string) => string;
  nameOf: (person: { id: string; name: string }) => string;
  /** Figures pinned to a diagnosis answer or a timeline event, in pin order. */
  figuresFor: (kind: 'diagnosis' | 'timeline', id: string) => Figure[];
  /** The number of a figure drawn by a section itself (the cause tree, the fishbone). */
  nextFigureNumber: () => number;
  /** "C1": the label of a root cause, used by the actions table. */
  causeLabel: (id: string) => string | null;
}
