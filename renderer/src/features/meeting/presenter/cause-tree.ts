import type { ComponentType } from 'react';
import type { Postmortem } from '../../../../../shared/domain';

/**
 * The drawn cause tree on the shared screen, as the presenter's blocks take it (the view itself is
 * analysis/drawn/presenter-cause-tree.tsx). During the root-cause step the presenter shows it
 * above the list of root causes, as one block of the paged flow, whenever `hasTree` says the
 * postmortem has one, and the fishbone as the next block once a cause has a layer.
 *
 * What a view must do: draw for a room reading a compressed video call (no text under 20 px, no
 * controls, colour never the only signal), and fit the height it is given (the page's height,
 * the CSS variable --presenter-page-height): a taller block would be cut at the page's edge.
 */
export interface CauseTreeView {
  hasTree(doc: Postmortem): boolean;
  /** `focus` is the screen's highlighted item: the view follows "node-<id>". */
  View: ComponentType<{ postmortemId: string; doc: Postmortem; focus: string | null }>;
  /** The tree's nodes as items the facilitator can highlight (keys "node-<id>"). */
  items(doc: Postmortem): { key: string; label: string }[];
  /** Whether a fishbone has anything to show: some cause has a layer. */
  hasFishbone(doc: Postmortem): boolean;
  /** The fishbone of the same causes, a block after the tree's, under the same rules. */
  Fishbone: ComponentType<{ doc: Postmortem }>;
}
