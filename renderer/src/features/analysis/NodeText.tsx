import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useDocSetter, useDocValue } from '../../data/hooks';
import { useAnalysisUi } from './selection';

interface Props {
  nodeId: string;
  label: string;
  view: 'tree' | 'chains';
  placeholder?: string;
  /** Left out where a parent element handles the keys (the outliner's row). */
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onFocus?: () => void;
  onBlur?: () => void;
  tabIndex?: number;
  className?: string;
}

/**
 * A node's words, typed in place (one paragraph: Enter belongs to the outliner and the chains).
 * Bound by path, so an edit of a node that is a root cause is written to section 4 as well. A
 * text area that grows with its words: a one-line input showed the first 25-40 characters of a
 * why, so the room could not read the chain without clicking into each answer.
 */
export function NodeText({
  nodeId,
  label,
  view,
  placeholder,
  onKeyDown,
  onFocus,
  onBlur,
  tabIndex,
  className,
}: Props) {
  const path = `causeNodes#${nodeId}.text`;
  const value = useDocValue<string>(path) ?? '';
  const set = useDocSetter<string>(path);
  const ref = useRef<HTMLTextAreaElement>(null);
  const focusNext = useAnalysisUi((s) => s.focusNext);
  useEffect(() => {
    if (focusNext?.id === nodeId && focusNext.mode === 'edit' && focusNext.view === view) {
      const input = ref.current;
      input?.focus();
      // The caret after the words, where the next key goes.
      input?.setSelectionRange(input.value.length, input.value.length);
      useAnalysisUi.getState().focusLater(null);
    }
  }, [focusNext, nodeId, view]);
  return (
    <textarea
      ref={ref}
      rows={1}
      dir="auto"
      className={className ?? 'node-text'}
      aria-label={label}
      value={value}
      placeholder={placeholder}
      tabIndex={tabIndex}
      data-node-input={view}
      data-node-id={nodeId}
      // One paragraph: a line break pasted in is a space (Enter itself never reaches here).
      onChange={(e) => set(e.target.value.replace(/\r\n?|\n/g, ' '))}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
    />
  );
}
