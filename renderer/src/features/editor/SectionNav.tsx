import { useEffect, useState } from 'react';
import { completionLabel, completionOf, type Completion } from '../../lib/completion';
import { useSnapshot } from '../../data/hooks';
import { EDITOR_PARTS } from './parts';
import { sectionDomId } from './SectionFrame';

function useCurrentPart(): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    const onScroll = () => {
      // The current part is the last one whose top has passed a line a third down the window.
      const line = window.innerHeight / 3;
      let found: string | null = null;
      for (const part of EDITOR_PARTS) {
        const el = document.getElementById(sectionDomId(part.id));
        if (el && el.getBoundingClientRect().top <= line) found = part.id;
      }
      setCurrent(found ?? EDITOR_PARTS[0]?.id ?? null);
    };
    onScroll();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  return current;
}

const countsOf = (c: Completion) => `${c.done}/${c.total}`;
const completionFrom = (counts: string): Completion => {
  const [done, total] = counts.split('/').map(Number);
  return { done: done!, total: total! };
};

/** The side list of parts with a completion hint each, in words and a symbol (never colour alone). */
export function SectionNav() {
  // The counts as one string: a keystroke re-renders the list only when a count changes.
  const counts = useSnapshot((s) =>
    s.doc ? EDITOR_PARTS.map((part) => countsOf(completionOf(s.doc!, part.id))).join(' ') : null,
  );
  const current = useCurrentPart();
  if (counts === null) return null;
  const completions = counts.split(' ').map(completionFrom);
  return (
    <nav className="section-nav" aria-label="Sections">
      <ol>
        {EDITOR_PARTS.map((part, i) => {
          const completion = completions[i]!;
          const label = completionLabel(completion);
          const state =
            completion.done === 0
              ? 'empty'
              : completion.done >= completion.total
                ? 'done'
                : 'partial';
          return (
            <li key={part.id}>
              <button
                type="button"
                className={`nav-item nav-${state}`}
                aria-current={current === part.id ? 'location' : undefined}
                onClick={() => {
                  const section = document.getElementById(sectionDomId(part.id));
                  section?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                  document
                    .getElementById(`${sectionDomId(part.id)}-heading`)
                    ?.focus({ preventScroll: true });
                }}
              >
                <span className="nav-mark" aria-hidden="true">
                  {state === 'done' ? '●' : state === 'partial' ? '◐' : '○'}
                </span>
                <span className="nav-title">
                  {part.number !== undefined ? `${part.number}. ` : ''}
                  {part.title}
                </span>
                <span className="nav-progress">{label}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
