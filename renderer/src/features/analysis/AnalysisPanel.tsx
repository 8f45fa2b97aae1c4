import { CauseOutliner } from './CauseOutliner';
import { NodeDetails } from './NodeDetails';
import { WhyChains } from './WhyChains';
import './analysis.css';

/**
 * The causal analysis of section 4, in the editor and in the meeting's root-cause step: the
 * five-whys chains and the cause tree (one tree: each chain is one of its branches), and the
 * details of the cause selected in either.
 */
export function AnalysisPanel() {
  return (
    <div className="analysis">
      <WhyChains />
      <CauseOutliner />
      <NodeDetails />
    </div>
  );
}
