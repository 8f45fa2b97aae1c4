/** The evidence workspace, mounted by the editor's diagnosis step and beside timeline events. */
export { EvidencePanel } from './EvidencePanel';
export { PinnedEvidence } from './PinnedEvidence';
