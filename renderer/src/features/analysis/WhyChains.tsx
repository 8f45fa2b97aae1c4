import { useId, useState, type KeyboardEvent } from 'react';
import { chainsOf, type CauseTreeNode } from '../../../../shared/domain';
import { UserText } from '../../components/UserText';
import { useSnapshot } from '../../data/hooks';
import { answerName, answerStatement } from './chain-start';
import { focusDetails } from './CauseOutliner';
import { NodeBadges } from './NodeBadges';
import { NodeText } from './NodeText';
import { useAnalysisActions, useCauseTree } from './use-analysis';

const EMPTY: never[] = [];

export const CHAIN_KEYS =
  'Enter: the next why · Tab: another why beside this one (a branch) · ↑ / ↓: previous / next · ' +
  'Backspace on an empty why: remove it · Esc: layer, root cause and evidence';

/** Moves the focus to the previous or next text of the chains, in reading order. */
function focusSibling(from: HTMLElement, by: -1 | 1): boolean {
  const inputs = Array.from(
    document.querySelectorAll<HTMLTextAreaElement>('[data-node-input="chains"]'),
  );
  const to = inputs[inputs.indexOf(from as HTMLTextAreaElement) + by];
  to?.focus();
  return to !== undefined;
}

/**
 * The five-whys chains: each starts from a problem statement (a diagnosis answer that contributed,
 * or the incident) and asks why, answer after answer, by keyboard alone. Every why is a node of
 * the cause tree (the chain is one of its branches), so it shows in the outliner as well.
 */
export function WhyChains() {
  const id = useId();
  const tree = useCauseTree();
  const actions = useAnalysisActions();
  const answers = useSnapshot((s) => s.doc?.diagnosis) ?? EMPTY;
  const [from, setFrom] = useState('');
  if (!tree) return null;
  const chains = chainsOf(tree);
  const contributed = answers.filter((a) => a.status === 'contributed');

  const onKey = (node: CauseTreeNode, event: KeyboardEvent<HTMLTextAreaElement>) => {
    const { key, shiftKey, altKey, ctrlKey, metaKey } = event;
    if (altKey || ctrlKey || metaKey) return;
    const input = event.currentTarget;
    if (key === 'Enter') {
      event.preventDefault();
      actions.addChild(node.id, 'chains');
    } else if (key === 'Tab' && !shiftKey) {
      event.preventDefault();
      if (node.kind !== 'problem') actions.addSibling(node.id, 'chains');
    } else if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      focusSibling(input, key === 'ArrowDown' ? 1 : -1);
    } else if (key === 'Escape') {
      event.preventDefault();
      focusDetails();
    } else if (key === 'Backspace' && input.value === '' && node.children.length === 0) {
      event.preventDefault();
      focusSibling(input, -1);
      actions.remove(node.id);
    }
  };

  const start = () => {
    if (from === 'incident') actions.startChain(tree.incident, null);
    const answer = contributed.find((a) => a.id === from);
    if (answer) actions.startChain(answerStatement(answer), answer.id);
    setFrom('');
  };

  const whys = (parent: CauseTreeNode, depth: number, chain: number) =>
    parent.children.length === 0 ? null : (
      <ol className="why-list">
        {parent.children.map((node, k) => {
          const branch = parent.children.length > 1 ? String.fromCharCode(97 + (k % 26)) : '';
          const name = `Why ${depth}${branch}, chain ${chain}`;
          return (
            <li key={node.id}>
              <div className="why-row">
                <span className="why-label" aria-hidden="true">
                  Why {depth}
                  {branch}?
                </span>
                <NodeText
                  nodeId={node.id}
                  view="chains"
                  label={name}
                  placeholder="Because…"
                  onKeyDown={(e) => onKey(node, e)}
                  onFocus={() => actions.select(node.id)}
                />
                <NodeBadges node={node} />
              </div>
              {whys(node, depth + 1, chain)}
            </li>
          );
        })}
      </ol>
    );

  return (
    <section className="analysis-block" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Five whys</h3>
      <div className="chain-start">
        <div className="field">
          <label htmlFor={`${id}-from`}>Ask why about</label>
          <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
            <option value="">Choose a problem statement…</option>
            <option value="incident">The incident (the summary)</option>
            {contributed.map((a) => (
              <option key={a.id} value={a.id}>
                Contributed: {answerName(a)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button small" disabled={!from} onClick={start}>
          Ask why
        </button>
      </div>
      {chains.length === 0 ? (
        <p className="muted">
          No chain yet. Start one from a diagnosis answer that contributed, or from the incident.
        </p>
      ) : (
        chains.map((chain, index) => {
          const answer = answers.find((a) => a.id === chain.answerId);
          return (
            <article key={chain.id} className="why-chain" aria-labelledby={`${id}-c${index}`}>
              <h4 id={`${id}-c${index}`}>
                Chain {index + 1}
                <span className="muted">
                  {' '}
                  — from {answer ? <UserText>{answerName(answer)}</UserText> : 'the incident'}
                </span>
              </h4>
              <div className="why-row">
                <span className="why-label" aria-hidden="true">
                  Problem
                </span>
                <NodeText
                  nodeId={chain.id}
                  view="chains"
                  label={`Problem statement, chain ${index + 1}`}
                  onKeyDown={(e) => onKey(chain, e)}
                  onFocus={() => actions.select(chain.id)}
                />
                <NodeBadges node={chain} />
              </div>
              {whys(chain, 1, index + 1)}
            </article>
          );
        })
      )}
      <p className="hint analysis-keys">{CHAIN_KEYS}</p>
    </section>
  );
}
