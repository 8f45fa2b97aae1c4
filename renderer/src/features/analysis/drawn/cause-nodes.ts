import type { CauseNodeInput } from '../../../../../shared/analysis/layout';
import type { Postmortem } from '../../../../../shared/domain';

/**
 * The causes the drawings show, from the document. Until the cause tree is stored (issue 8's
 * data model), the root causes hang flat under the incident; the tree's read model replaces this
 * one function. A selector returns the same array for the same causes, so a keystroke in another
 * section does not redraw.
 */
const memo = new WeakMap<object, CauseNodeInput[]>();

export function causeNodesOf(doc: Postmortem): CauseNodeInput[] {
  const made = memo.get(doc.rootCauses);
  if (made) return made;
  const nodes = doc.rootCauses.map((c) => ({
    id: c.id,
    parentId: null,
    text: c.description,
    layer: c.layer,
    rootCause: true,
  }));
  memo.set(doc.rootCauses, nodes);
  return nodes;
}

export function incidentTitleOf(doc: Postmortem): string {
  return doc.title;
}
