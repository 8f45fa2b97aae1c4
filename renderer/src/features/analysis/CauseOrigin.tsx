import { useSnapshot } from '../../data/hooks';

/** Under a root cause of section 4: the cause-tree node it was marked at, if any. */
export function CauseOrigin({ causeId }: { causeId: string }) {
  const node = useSnapshot((s) => {
    const link = s.doc?.links.find((l) => l.kind === 'node_cause' && l.to === causeId);
    return link ? s.doc?.causeNodes.find((n) => n.id === link.from) : undefined;
  });
  if (!node) return null;
  return (
    <p className="hint cause-origin">
      Marked in the cause tree; its layer and words are kept the same in both places.
    </p>
  );
}
