import { useEffect } from 'react';
import { create } from 'zustand';
import type {
  ChangePoint,
  ColumnRole,
  DriftCorrection,
  EvidenceInfo,
  EvidenceWindowSpec,
  IncidentContext,
  Pin,
} from '../../../../shared/evidence';
import { onEvent } from '../../api';
import { errorMessage, evidenceApi } from './api';

export interface WindowPair {
  baseline: EvidenceWindowSpec;
  incident: EvidenceWindowSpec;
  /**
   * Where the pair came from, said beside the comparison so nobody mistakes a proposal for a
   * choice: saved by the facilitator, taken from a pin, or proposed (from the summary's dates, a
   * change point in the data, or the two halves of the span).
   */
  origin: 'saved' | 'pin' | 'summary' | 'change-point' | 'halves';
  /** When the pair was saved (origin 'saved'). */
  savedAt?: string;
  /** The change point that stands out in the file, if any (told beside a proposal). */
  changePoint?: ChangePoint | null;
  /** Beside a proposal from the summary: the windows the change point would propose. */
  alternative?: { baseline: EvidenceWindowSpec; incident: EvidenceWindowSpec } | null;
  /** The summary's start/end a proposal was made from: when they change, it is made again. */
  basis?: string;
}

interface Loadable<T> {
  value: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * The evidence workspace's own slice: files and pins per postmortem, the postmortem's zone and
 * incident times, the selected file, the windows proposed per file this session and the drift
 * table's correction. PinnedEvidence reads the same pins, so a pin made in the panel shows under
 * its question without a reload. Windows the facilitator chooses are saved with the file (its
 * EvidenceInfo.windows) and win over any proposal.
 */
interface EvidenceState {
  files: Record<string, Loadable<EvidenceInfo[]>>;
  pins: Record<string, Loadable<Pin[]>>;
  context: Record<string, Loadable<IncidentContext>>;
  selected: Record<string, string | null>;
  /** Proposed pairs (not saved), per evidence id. */
  proposed: Record<string, WindowPair>;
  /** The last failure to save windows, per evidence id. */
  windowErrors: Record<string, string | null>;
  correction: DriftCorrection;
  loadFiles(postmortemId: string): Promise<void>;
  loadPins(postmortemId: string): Promise<void>;
  loadContext(postmortemId: string): Promise<void>;
  select(postmortemId: string, evidenceId: string | null): void;
  propose(evidenceId: string, pair: WindowPair): void;
  saveWindows(
    evidence: EvidenceInfo,
    windows: { baseline: EvidenceWindowSpec; incident: EvidenceWindowSpec } | null,
  ): Promise<void>;
  /** Gives a column a role, or back its inferred role with null. */
  setColumnRole(evidence: EvidenceInfo, column: string, role: ColumnRole | null): Promise<void>;
  setCorrection(c: DriftCorrection): void;
}

const empty = { value: null, error: null, loading: true };

let following = false;

/**
 * Another window (a second facilitator window, the CLI's import seen on the next load) may change
 * files, pins or the postmortem: reload what this window already shows. Subscribed once.
 */
function followChanges(get: () => EvidenceState): void {
  if (following) return;
  following = true;
  onEvent('evidence.changed', ({ postmortemId }) => {
    const state = get();
    if (state.files[postmortemId]) void state.loadFiles(postmortemId);
    if (state.pins[postmortemId]) void state.loadPins(postmortemId);
  });
  onEvent('postmortem.changed', ({ id }) => {
    if (get().context[id]) void get().loadContext(id);
  });
}

/** Loads one keyed value, keeping the last good one on failure. */
async function load<T>(
  get: () => EvidenceState,
  set: (f: (s: EvidenceState) => Partial<EvidenceState>) => void,
  slice: 'files' | 'pins' | 'context',
  key: string,
  fetch: () => Promise<T>,
  after?: (value: T, s: EvidenceState) => Partial<EvidenceState>,
): Promise<void> {
  followChanges(get);
  const prev = get()[slice][key] as Loadable<T> | undefined;
  set((s) => ({
    [slice]: { ...s[slice], [key]: { ...(prev ?? empty), loading: true, error: null } },
  }));
  try {
    const value = await fetch();
    set((s) => ({
      [slice]: { ...s[slice], [key]: { value, error: null, loading: false } },
      ...(after ? after(value, s) : {}),
    }));
  } catch (e) {
    set((s) => ({
      [slice]: {
        ...s[slice],
        [key]: { value: prev?.value ?? null, error: errorMessage(e), loading: false },
      },
    }));
  }
}

/** The files slice with one file's info replaced by a fresher answer. */
function replaced(
  files: Record<string, Loadable<EvidenceInfo[]>>,
  info: EvidenceInfo,
): Record<string, Loadable<EvidenceInfo[]>> {
  const current = files[info.postmortemId];
  if (!current?.value) return files;
  const value = current.value.map((f) => (f.id === info.id ? info : f));
  return { ...files, [info.postmortemId]: { ...current, value } };
}

export const useEvidenceStore = create<EvidenceState>()((set, get) => ({
  files: {},
  pins: {},
  context: {},
  selected: {},
  proposed: {},
  windowErrors: {},
  correction: 'benjamini-hochberg',

  loadFiles: (postmortemId) =>
    load(
      get,
      set,
      'files',
      postmortemId,
      () => evidenceApi()['evidence.list']({ postmortemId }),
      (list, s) => {
        const current = s.selected[postmortemId];
        const keep = list.some((f) => f.id === current);
        return {
          selected: { ...s.selected, [postmortemId]: keep ? current! : (list[0]?.id ?? null) },
        };
      },
    ),

  loadPins: (postmortemId) =>
    load(get, set, 'pins', postmortemId, () => evidenceApi()['pins.list']({ postmortemId })),

  loadContext: (postmortemId) =>
    load(get, set, 'context', postmortemId, () =>
      evidenceApi()['evidence.context']({ postmortemId }),
    ),

  select(postmortemId, evidenceId) {
    set((s) => ({ selected: { ...s.selected, [postmortemId]: evidenceId } }));
  },

  propose(evidenceId, pair) {
    set((s) => ({ proposed: { ...s.proposed, [evidenceId]: pair } }));
  },

  async saveWindows(evidence, windows) {
    try {
      const saved = await evidenceApi()['evidence.saveWindows']({
        evidenceId: evidence.id,
        windows,
      });
      set((s) => {
        const proposed = { ...s.proposed };
        // Forgetting the saved pair goes back to a fresh proposal.
        if (windows === null) delete proposed[saved.id];
        return {
          files: replaced(s.files, saved),
          proposed,
          windowErrors: { ...s.windowErrors, [saved.id]: null },
        };
      });
    } catch (e) {
      set((s) => ({
        windowErrors: {
          ...s.windowErrors,
          [evidence.id]: `The windows were not saved: ${errorMessage(e)}`,
        },
      }));
    }
  },

  async setColumnRole(evidence, column, role) {
    try {
      const info = await evidenceApi()['evidence.setColumnRole']({
        evidenceId: evidence.id,
        column,
        role,
      });
      set((s) => ({
        files: replaced(s.files, info),
        windowErrors: { ...s.windowErrors, [info.id]: null },
      }));
    } catch (e) {
      set((s) => ({
        windowErrors: {
          ...s.windowErrors,
          [evidence.id]: `The role of ${column} was not changed: ${errorMessage(e)}`,
        },
      }));
    }
  },

  setCorrection(correction) {
    set({ correction });
  },
}));

/**
 * The postmortem's zone (UTC until it is known): every instant of the workspace is shown in it.
 * Asked for when not yet loaded: a pin beside a timeline event or a cited cause is drawn without
 * the workspace open, and its axis must be on the clock the report prints it on.
 */
export function useZone(postmortemId: string): string {
  const asked = useEvidenceStore((s) => s.context[postmortemId] !== undefined);
  const loadContext = useEvidenceStore((s) => s.loadContext);
  useEffect(() => {
    if (!asked) void loadContext(postmortemId);
  }, [asked, postmortemId, loadContext]);
  return useEvidenceStore((s) => s.context[postmortemId]?.value?.timeZone) ?? 'UTC';
}
