import { layerLabel } from '../../../../../shared/analysis/drawing';
import type { CauseTreeView } from '../../meeting/presenter/cause-tree';
import { isolate } from '../../../components/UserText';
import { causeNodesOf } from './cause-nodes';
import { PresenterFishbone } from './PresenterFishbone';
import { PresenterTree } from './PresenterTree';

const short = (text: string, max = 60) => {
  const line = text.replace(/\s+/g, ' ').trim() || '(no text yet)';
  return isolate(line.length > max ? `${line.slice(0, max - 1)}…` : line);
};

/** The drawn tree and the fishbone as the shared screen shows them in the root-cause step. */
export const presenterCauseTree: CauseTreeView = {
  hasTree: (doc) => causeNodesOf(doc).length > 0,
  View: ({ doc, focus }) => <PresenterTree doc={doc} focus={focus} />,
  items: (doc) =>
    causeNodesOf(doc).map((n) => ({
      key: `node-${n.id}`,
      label: `In the tree: ${layerLabel(n.layer)}: ${short(n.text)}`,
    })),
  hasFishbone: (doc) => causeNodesOf(doc).some((n) => n.layer !== null),
  Fishbone: PresenterFishbone,
};
