import { create } from 'zustand';
import type {
  DriftCorrection,
  EvidenceInfo,
  EvidenceWindowSpec,
  Pin,
} from '../../../../shared/evidence';
import { onEvent } from '../../api';
import { errorMessage, evidenceApi } from './api';

export interface WindowPair {
  baseline: EvidenceWindowSpec;
  incident: EvidenceWindowSpec;
  /** Where the pair came from, said beside the comparison so nobody mistakes a default for a choice. */
  origin: 'pin' | 'default' | 'user';
}

interface Loadable<T> {
  value: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * The evidence workspace's own slice: files and pins per postmortem, the selected file, the
 * windows compared per file and the drift table's correction. PinnedEvidence reads the same pins,
 * so a pin made in the panel shows under its question without a reload.
 */
interface EvidenceState {
  files: Record<string, Loadable<EvidenceInfo[]>>;
  pins: Record<string, Loadable<Pin[]>>;
  selected: Record<string, string | null>;
  windows: Record<string, WindowPair>;
  correction: DriftCorrection;
  loadFiles(postmortemId: string): Promise<void>;
  loadPins(postmortemId: string): Promise<void>;
  select(postmortemId: string, evidenceId: string | null): void;
  setWindows(evidenceId: string, pair: WindowPair): void;
  setCorrection(c: DriftCorrection): void;
}

const empty = { value: null, error: null, loading: true };

let following = false;

/**
 * Another window (a second facilitator window, the CLI's import seen on the next load) may change
 * files or pins: reload what this window already shows. Subscribed once, on first use.
 */
function followChanges(get: () => EvidenceState): void {
  if (following) return;
  following = true;
  onEvent('evidence.changed', ({ postmortemId }) => {
    const state = get();
    if (state.files[postmortemId]) void state.loadFiles(postmortemId);
    if (state.pins[postmortemId]) void state.loadPins(postmortemId);
  });
}

export const useEvidenceStore = create<EvidenceState>()((set, get) => ({
  files: {},
  pins: {},
  selected: {},
  windows: {},
  correction: 'benjamini-hochberg',

  async loadFiles(postmortemId) {
    followChanges(get);
    const prev = get().files[postmortemId];
    set((s) => ({
      files: { ...s.files, [postmortemId]: { ...(prev ?? empty), loading: true, error: null } },
    }));
    try {
      const list = await evidenceApi()['evidence.list']({ postmortemId });
      set((s) => {
        const current = s.selected[postmortemId];
        const keep = list.some((f) => f.id === current);
        return {
          files: { ...s.files, [postmortemId]: { value: list, error: null, loading: false } },
          selected: { ...s.selected, [postmortemId]: keep ? current! : (list[0]?.id ?? null) },
        };
      });
    } catch (e) {
      set((s) => ({
        files: {
          ...s.files,
          [postmortemId]: { value: prev?.value ?? null, error: errorMessage(e), loading: false },
        },
      }));
    }
  },

  async loadPins(postmortemId) {
    followChanges(get);
    const prev = get().pins[postmortemId];
    set((s) => ({
      pins: { ...s.pins, [postmortemId]: { ...(prev ?? empty), loading: true, error: null } },
    }));
    try {
      const list = await evidenceApi()['pins.list']({ postmortemId });
      set((s) => ({
        pins: { ...s.pins, [postmortemId]: { value: list, error: null, loading: false } },
      }));
    } catch (e) {
      set((s) => ({
        pins: {
          ...s.pins,
          [postmortemId]: { value: prev?.value ?? null, error: errorMessage(e), loading: false },
        },
      }));
    }
  },

  select(postmortemId, evidenceId) {
    set((s) => ({ selected: { ...s.selected, [postmortemId]: evidenceId } }));
  },

  setWindows(evidenceId, pair) {
    set((s) => ({ windows: { ...s.windows, [evidenceId]: pair } }));
  },

  setCorrection(correction) {
    set({ correction });
  },
}));
