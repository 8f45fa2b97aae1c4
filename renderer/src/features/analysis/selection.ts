import { createContext } from 'react';
import { create } from 'zustand';

/**
 * Client-only state of the analysis views: which cause is selected (the outliner, the chains and
 * the details panel show the same one), which branches are collapsed, and where the focus goes
 * after an edit that creates or removes a node (the node appears only once the edit is applied).
 */
interface AnalysisUiState {
  selected: string | null;
  collapsed: ReadonlySet<string>;
  /** A node to focus once it is drawn: its text ('edit'), or its row ('item'), in one view. */
  focusNext: { id: string; mode: 'edit' | 'item'; view: 'tree' | 'chains' } | null;
  /** The outliner row whose words are being typed (its text field shown), if any. */
  editing: string | null;
  setEditing: (id: string | null) => void;
  select: (id: string | null) => void;
  toggle: (id: string, open?: boolean) => void;
  focusLater: (next: AnalysisUiState['focusNext']) => void;
}

export const useAnalysisUi = create<AnalysisUiState>()((set) => ({
  selected: null,
  collapsed: new Set(),
  focusNext: null,
  editing: null,
  setEditing: (editing) => set({ editing }),
  select: (id) => set((s) => (s.selected === id ? s : { selected: id })),
  toggle: (id, open) =>
    set((s) => {
      const next = new Set(s.collapsed);
      const close = open === undefined ? !next.has(id) : !open;
      if (close) next.add(id);
      else next.delete(id);
      return { collapsed: next };
    }),
  focusLater: (focusNext) =>
    set(
      focusNext?.mode === 'edit' && focusNext.view === 'tree'
        ? { focusNext, editing: focusNext.id }
        : { focusNext },
    ),
}));

/**
 * Told of the cause the facilitator selects: the meeting puts it on the shared screen (the
 * presenter's tree follows it); the editor provides nothing.
 */
export const NodeSelectionContext = createContext<((nodeId: string | null) => void) | null>(null);

/** The shared screen's item key of a node (see shared/analysis/screen.ts). */
export { nodeScreenKey } from '../../../../shared/analysis/screen';
