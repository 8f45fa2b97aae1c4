/** The evidence workspace, mounted by the editor's diagnosis step and beside timeline events. */
export { EvidencePanel } from './EvidencePanel';
export { PinnedEvidence } from './PinnedEvidence';
/** For the cause tree's citations: a pin recomputed in place, and the files and pins loaded. */
export { PinView } from './pin/PinView';
export { useEvidenceStore } from './store';
/** Instants as the workspace words them, on the postmortem's clock. */
export { formatInstant } from './format';
