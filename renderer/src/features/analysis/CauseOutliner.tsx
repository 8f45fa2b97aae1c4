import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { rootCauseLayer, type CauseTree, type CauseTreeNode } from '../../../../shared/domain';
import { useOpenDocument } from '../../data/hooks';
import { NodeBadges } from './NodeBadges';
import { NodeText } from './NodeText';
import { useAnalysisUi } from './selection';
import { treeKeyOf } from './tree-keys';
import { useAnalysisActions, useCauseTree } from './use-analysis';

/** The rows shown: every node whose ancestors are all expanded, in tree order. */
function visibleRows(tree: CauseTree, collapsed: ReadonlySet<string>): CauseTreeNode[] {
  const rows: CauseTreeNode[] = [];
  const walk = (nodes: CauseTreeNode[]) => {
    for (const node of nodes) {
      rows.push(node);
      if (!collapsed.has(node.id)) walk(node.children);
    }
  };
  walk(tree.children);
  return rows;
}

export const TREE_KEYS =
  'Enter: new cause below · Tab / Shift+Tab: indent / outdent · Alt+↑ / Alt+↓: move · ' +
  '← / →: collapse / expand · F2 or typing: edit · Delete: remove the branch (Ctrl+Z undoes) · ' +
  'Esc: layer, root cause and evidence of the cause';

/**
 * The cause tree as an outliner, following the WAI-ARIA tree pattern: one tab stop (the selected
 * row), arrows to move, Left/Right to collapse and expand; Enter, Tab, Shift+Tab, Alt+arrows and
 * Delete edit the tree. A row's words are typed in place (F2, or just start typing).
 */
export function CauseOutliner() {
  const id = useId();
  const tree = useCauseTree();
  const actions = useAnalysisActions();
  const sync = useOpenDocument();
  const selected = useAnalysisUi((s) => s.selected);
  const collapsed = useAnalysisUi((s) => s.collapsed);
  const focusNext = useAnalysisUi((s) => s.focusNext);
  const editing = useAnalysisUi((s) => s.editing);
  const setEditing = useAnalysisUi((s) => s.setEditing);
  const rowRefs = useRef(new Map<string, HTMLLIElement>());
  const rows = tree ? visibleRows(tree, collapsed) : [];
  const active = rows.find((r) => r.id === selected)?.id ?? rows[0]?.id ?? null;

  useEffect(() => {
    // A row to focus once drawn (its text field focuses itself: NodeText).
    if (!focusNext || focusNext.view !== 'tree' || focusNext.mode !== 'item') return;
    const row = rowRefs.current.get(focusNext.id);
    if (!row) return;
    row.focus();
    useAnalysisUi.getState().focusLater(null);
  }, [focusNext, rows.length]);

  if (!tree) return null;

  const focusRow = (nodeId: string, edit: boolean) => {
    actions.select(nodeId);
    if (edit) {
      setEditing(nodeId);
      useAnalysisUi.getState().focusLater({ id: nodeId, mode: 'edit', view: 'tree' });
    } else {
      setEditing(null);
      rowRefs.current.get(nodeId)?.focus();
    }
  };
  // After an edit that moves a row (React moves its element, which loses the focus).
  const refocus = (nodeId: string, edit: boolean) =>
    useAnalysisUi.getState().focusLater({ id: nodeId, mode: edit ? 'edit' : 'item', view: 'tree' });

  const onKey = (node: CauseTreeNode, event: KeyboardEvent<HTMLElement>) => {
    const inText = event.target !== event.currentTarget;
    const key = treeKeyOf(event, inText);
    if (key === null) return;
    const at = rows.findIndex((r) => r.id === node.id);
    const hasChildren = node.children.length > 0;
    const open = hasChildren && !collapsed.has(node.id);
    if (key !== 'edit') event.preventDefault();
    switch (key) {
      case 'next':
      case 'previous': {
        const to = rows[at + (key === 'next' ? 1 : -1)];
        if (to) focusRow(to.id, inText);
        return;
      }
      case 'first':
      case 'last': {
        const to = key === 'first' ? rows[0] : rows.at(-1);
        if (to) focusRow(to.id, false);
        return;
      }
      case 'expand':
        if (hasChildren && !open) useAnalysisUi.getState().toggle(node.id, true);
        else if (open) focusRow(node.children[0]!.id, false);
        return;
      case 'collapse':
        if (open) useAnalysisUi.getState().toggle(node.id, false);
        else if (node.parentId) focusRow(node.parentId, false);
        return;
      case 'addSibling':
        actions.addSibling(node.id, 'tree');
        return;
      case 'indent':
        actions.indent(node.id);
        refocus(node.id, inText);
        return;
      case 'outdent':
        actions.outdent(node.id);
        refocus(node.id, inText);
        return;
      case 'moveUp':
      case 'moveDown':
        actions.move(node.id, key === 'moveUp' ? -1 : 1);
        refocus(node.id, inText);
        return;
      case 'remove': {
        const next = rows.slice(at + 1).find((r) => !isUnder(tree, r, node.id)) ?? rows[at - 1];
        if (actions.remove(node.id) && next) refocus(next.id, false);
        return;
      }
      case 'edit':
        // A letter typed on the row is the first of the new words, not lost on the way.
        if (event.key.length === 1) {
          event.preventDefault();
          sync.set(`causeNodes#${node.id}.text`, node.text + event.key);
        }
        focusRow(node.id, true);
        return;
      case 'leave':
        focusRow(node.id, false);
        return;
      case 'details':
        focusDetails();
        return;
    }
  };

  return (
    <section className="analysis-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Cause tree</h3>
      <p className="analysis-root">
        <span className="muted">The incident: </span>
        <bdi dir="auto">{tree.incident}</bdi>
      </p>
      {rows.length === 0 ? (
        <p className="muted">
          No cause yet. Add the contributing factors; a five-whys chain adds its own branch.
        </p>
      ) : (
        <ul
          role="tree"
          className="cause-tree"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-keys`}
        >
          {rows.map((node) => {
            const siblings = node.parentId ? tree.byId.get(node.parentId)!.children : tree.children;
            const hasChildren = node.children.length > 0;
            return (
              <li
                key={node.id}
                ref={(el) => {
                  if (el) rowRefs.current.set(node.id, el);
                  else rowRefs.current.delete(node.id);
                }}
                role="treeitem"
                aria-level={node.depth}
                aria-setsize={siblings.length}
                aria-posinset={siblings.indexOf(node) + 1}
                aria-expanded={hasChildren ? !collapsed.has(node.id) : undefined}
                aria-selected={node.id === selected}
                aria-label={rowName(node)}
                tabIndex={node.id === active && editing !== node.id ? 0 : -1}
                className="cause-row"
                data-node-id={node.id}
                // Keys from the row and (bubbling) from its text field: one handler.
                onKeyDown={(e) => onKey(node, e)}
                onFocus={(e) => {
                  if (e.target === e.currentTarget) actions.select(node.id);
                }}
              >
                <span
                  className="cause-row-line"
                  style={{ paddingInlineStart: `${(node.depth - 1) * 1.4}rem` }}
                >
                  <span className="cause-twisty" aria-hidden="true">
                    {hasChildren ? (collapsed.has(node.id) ? '▸' : '▾') : '•'}
                  </span>
                  {editing === node.id ? (
                    <NodeText
                      nodeId={node.id}
                      view="tree"
                      label="Cause"
                      placeholder="What contributed? Say the condition, not the person."
                      tabIndex={node.id === active ? 0 : -1}
                      onFocus={() => actions.select(node.id)}
                      onBlur={() => {
                        if (useAnalysisUi.getState().editing === node.id) setEditing(null);
                      }}
                    />
                  ) : (
                    <span
                      className={node.text.trim() ? 'cause-words' : 'cause-words muted'}
                      dir="auto"
                      onDoubleClick={() => focusRow(node.id, true)}
                      onClick={() => focusRow(node.id, false)}
                    >
                      {node.text.trim() || 'Not written yet'}
                    </span>
                  )}
                  <NodeBadges node={node} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="hint analysis-keys" id={`${id}-keys`}>
        {TREE_KEYS}
      </p>
      <button type="button" className="button small" onClick={() => actions.addChild(null, 'tree')}>
        Add a cause under the incident
      </button>
    </section>
  );
}

function isUnder(tree: CauseTree, node: CauseTreeNode, ancestorId: string): boolean {
  let at = node.parentId;
  while (at) {
    if (at === ancestorId) return true;
    at = tree.byId.get(at)?.parentId ?? null;
  }
  return false;
}

/** A row's accessible name: its words, then its layer and whether it is a root cause. */
export function rowName(node: CauseTreeNode): string {
  const parts = [node.text.trim() || 'Cause not written yet'];
  if (node.kind === 'problem') parts.push('five-whys problem statement');
  if (node.layer) parts.push(layerName(node.layer));
  if (node.rootCauseId) parts.push('root cause');
  if (node.citations.length) parts.push(`${node.citations.length} evidence`);
  return parts.join(', ');
}

function layerName(layer: NonNullable<CauseTreeNode['layer']>): string {
  return `${rootCauseLayer.labels[layer]} layer`;
}

/** Moves the focus to the details of the selected cause (its layer first). */
export function focusDetails(): void {
  document
    .querySelector<HTMLElement>(
      '#cause-details select, #cause-details input, #cause-details button',
    )
    ?.focus();
}
