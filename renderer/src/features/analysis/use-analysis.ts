import { useContext, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Op } from '../../../../shared/doc/ops';
import {
  causeTreeUnder,
  incidentLine,
  type CauseTree,
  type Postmortem,
} from '../../../../shared/domain';
import { markRootCause, unmarkRootCause } from '../../../../shared/analysis/root-cause-ops';
import * as tree from '../../../../shared/analysis/tree-ops';
import { newId } from '../../components/ItemList';
import type { DocSnapshot } from '../../data/document-sync';
import { useOpenDocument, useSettledSnapshot, useSnapshot } from '../../data/hooks';
import { useAppStore } from '../../stores/store';
import { NodeSelectionContext, useAnalysisUi } from './selection';

/** How long typing in the summary must pause before the analysis views show the new incident. */
const INCIDENT_SETTLE_MS = 400;

/**
 * The incident line the analysis views show (the tree's root). It follows the summary once typing
 * there pauses, so a keystroke in "What happened" does not rebuild the tree or redraw the diagrams
 * further down the page, which cost more than the keystroke itself. The four views share one
 * settled value: typing wakes none of them until it pauses.
 */
export function useIncidentLine(): string {
  return useSettledSnapshot('incident-line', 'doc', incidentOf, INCIDENT_SETTLE_MS);
}

const incidentOf = (s: DocSnapshot) => (s.doc ? incidentLine(s.doc) : '');

/** The cause tree as this window shows it; rebuilt only when its items, links or incident change. */
export function useCauseTree(): CauseTree | null {
  const incident = useIncidentLine();
  const parts = useSnapshot(
    useShallow((s) => (s.doc ? [s.doc.causeNodes, s.doc.findings, s.doc.links] : [])),
  );
  return useMemo(() => {
    const [causeNodes, findings, links] = parts as [
      Postmortem['causeNodes'],
      Postmortem['findings'],
      Postmortem['links'],
    ];
    return causeNodes ? causeTreeUnder(incident, { causeNodes, findings, links }) : null;
  }, [parts, incident]);
}

function say(message: string): void {
  useAppStore.getState().pushToast({ message });
}

/**
 * The edits of the analysis views, each one batch (one undo step) of typed operations, with the
 * focus placed where the next keystroke belongs.
 */
export function useAnalysisActions() {
  const sync = useOpenDocument();
  const onSelect = useContext(NodeSelectionContext);
  return useMemo(() => {
    const doc = () => sync.getSnapshot().doc;
    const run = (ops: Op[]) => {
      if (ops.length > 0) sync.applyAll(ops);
      return ops.length > 0;
    };
    const ui = useAnalysisUi.getState;
    const select = (id: string | null) => {
      ui().select(id);
      onSelect?.(id);
    };
    const created = (id: string, view: 'tree' | 'chains') => {
      ui().focusLater({ id, mode: 'edit', view });
      select(id);
    };
    return {
      select,
      addChild(parentId: string | null, view: 'tree' | 'chains') {
        const d = doc();
        const id = newId();
        if (d && run(tree.addChild(d, parentId, { id }))) {
          if (parentId) ui().toggle(parentId, true);
          created(id, view);
        }
      },
      addSibling(nodeId: string, view: 'tree' | 'chains') {
        const d = doc();
        const id = newId();
        if (d && run(tree.addSibling(d, nodeId, { id }))) created(id, view);
      },
      indent(nodeId: string) {
        const d = doc();
        if (!d) return;
        const ops = tree.indent(d, nodeId);
        const parent = ops[0]?.op === 'set' ? (ops[0].value as string) : null;
        if (run(ops) && parent) ui().toggle(parent, true);
      },
      outdent(nodeId: string) {
        const d = doc();
        if (d) run(tree.outdent(d, nodeId));
      },
      move(nodeId: string, by: -1 | 1) {
        const d = doc();
        if (d) run(tree.moveAmongSiblings(d, nodeId, by));
      },
      /** Removes the branch; says how much went, and that Ctrl+Z brings it back. */
      remove(nodeId: string): boolean {
        const d = doc();
        if (!d) return false;
        const count = tree.subtreeOf(d, nodeId).length;
        if (!run(tree.deleteSubtree(d, nodeId))) return false;
        say(
          `Removed a cause${count > 1 ? ` and the ${count - 1} under it` : ''}. Ctrl+Z brings it back.`,
        );
        return true;
      },
      startChain(text: string, answerId: string | null) {
        const d = doc();
        if (!d) return;
        const start = newId();
        const first = newId();
        const ops = tree.startChain(d, { id: start, text, answerId });
        ops.push({
          op: 'insert',
          list: 'causeNodes',
          item: { id: first, parentId: start, kind: 'cause', text: '', layer: null },
          before: null,
        });
        if (run(ops)) created(first, 'chains');
      },
      toggleRootCause(nodeId: string, on: boolean) {
        const d = doc();
        if (!d) return;
        if (on) {
          const result = markRootCause(d, nodeId, newId());
          if ('refused' in result) say(result.refused);
          else run(result.ops);
        } else {
          const { ops, kept } = unmarkRootCause(d, nodeId);
          if (run(ops) && kept) {
            say('No longer a root cause here; kept in section 4 because an action answers it.');
          }
        }
      },
      apply: run,
    };
  }, [sync, onSelect]);
}
