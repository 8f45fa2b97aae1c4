import { rootCauseLayer, type CauseTreeNode } from '../../../../shared/domain';

/** The layer, the root-cause flag and the evidence count of a node, in words (never colour alone). */
export function NodeBadges({ node }: { node: CauseTreeNode }) {
  return (
    <span className="cause-badges" aria-hidden="true">
      {node.layer ? (
        <span className={`cause-badge layer-${node.layer}`}>
          {rootCauseLayer.labels[node.layer]}
        </span>
      ) : null}
      {node.rootCauseId ? <span className="cause-badge root">Root cause</span> : null}
      {node.citations.length ? (
        <span className="cause-badge">{node.citations.length} evidence</span>
      ) : null}
    </span>
  );
}
