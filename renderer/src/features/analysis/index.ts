// The causal analysis (issue 8): five-whys chains, the cause tree's outliner, coverage.
export { AnalysisPanel } from './AnalysisPanel';
export { AskWhyButton } from './AskWhyButton';
export { CoverageView } from './CoverageView';
export { CauseOrigin } from './CauseOrigin';
export { NodeSelectionContext } from './selection';
