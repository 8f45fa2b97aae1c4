import type { ReactNode } from 'react';
import type { CauseNodeInput } from '../../../../../shared/analysis/layout';
import { layerLabel } from '../../../../../shared/analysis/drawing';
import { UserText } from '../../../components/UserText';

/** The tree's text alternative: the causes as nested lists, in the drawing's order. */
export function CauseList({ title, nodes }: { title: string; nodes: readonly CauseNodeInput[] }) {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, CauseNodeInput[]>();
  for (const n of nodes) {
    const parent = n.parentId !== null && ids.has(n.parentId) ? n.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const seen = new Set<string>();
  const list = (parent: string | null): ReactNode => {
    const kids = (children.get(parent) ?? []).filter((k) => !seen.has(k.id));
    if (kids.length === 0) return null;
    for (const k of kids) seen.add(k.id);
    return (
      <ul>
        {kids.map((k) => (
          <li key={k.id}>
            <strong>{layerLabel(k.layer)}</strong>
            {k.rootCause ? ' (root cause)' : ''}: <UserText>{k.text || '(no text yet)'}</UserText>
            {list(k.id)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <div className="cause-list">
      <p>
        Incident: <UserText>{title}</UserText>
      </p>
      {nodes.length ? list(null) : <p>No causes yet.</p>}
    </div>
  );
}
