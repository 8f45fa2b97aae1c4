import { useSnapshot } from '../../data/hooks';
import { answerName, answerStatement } from './chain-start';
import { useAnalysisActions } from './use-analysis';

/** "Ask why" under a diagnosis answer that contributed: starts a five-whys chain from it. */
export function AskWhyButton({ answerId }: { answerId: string }) {
  const answer = useSnapshot((s) => s.doc?.diagnosis.find((a) => a.id === answerId));
  const actions = useAnalysisActions();
  if (!answer || answer.status !== 'contributed') return null;
  return (
    <button
      type="button"
      className="button small"
      aria-label={`Ask why: ${answerName(answer)}`}
      onClick={() => actions.startChain(answerStatement(answer), answer.id)}
    >
      Ask why
    </button>
  );
}
