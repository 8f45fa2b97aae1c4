import { useState } from 'react';
import type { Op } from '../../../../shared/doc/ops';
import type { CauseTreeNode, Citation } from '../../../../shared/domain';
import { UserText } from '../../components/UserText';
import { useOpenDocument, useSnapshot } from '../../data/hooks';
import { formatInstant, PinView, useEvidenceStore } from '../evidence';
import { findingSpec, pinLabel } from './citation-targets';
import { useAnalysisActions } from './use-analysis';

const EMPTY: never[] = [];

function keyOf(c: Citation): string {
  return c.kind === 'pin'
    ? `pin:${c.pinId}`
    : c.kind === 'event'
      ? `event:${c.eventId}`
      : `finding:${c.findingId}`;
}

/** The evidence a cause cites; each opens in place (the chart recomputed, the event, the finding). */
export function CitationList({ node }: { node: CauseTreeNode }) {
  const [open, setOpen] = useState<string | null>(null);
  const { postmortemId } = useOpenDocument();
  const actions = useAnalysisActions();
  const pins = useEvidenceStore((s) => s.pins[postmortemId]?.value) ?? EMPTY;
  const files = useEvidenceStore((s) => s.files[postmortemId]?.value) ?? EMPTY;
  const timeline = useSnapshot((s) => s.doc?.timeline) ?? EMPTY;
  const links = useSnapshot((s) => s.doc?.links) ?? EMPTY;
  if (node.citations.length === 0) {
    return <p className="muted">No evidence cited yet.</p>;
  }
  const describe = (c: Citation): string => {
    if (c.kind === 'pin') {
      const pin = pins.find((p) => p.id === c.pinId);
      return pin ? `Pin: ${pinLabel(pin, files)}` : 'Pin (removed from the evidence)';
    }
    if (c.kind === 'event') {
      const event = timeline.find((e) => e.id === c.eventId);
      return `Timeline: ${event ? event.text.trim() || '(no text)' : '(removed)'}`;
    }
    return `Finding: ${c.label}`;
  };
  const uncite = (c: Citation) => {
    const ops: Op[] =
      c.kind === 'pin'
        ? [{ op: 'unlink', kind: 'node_pin', from: node.id, to: c.pinId }]
        : c.kind === 'event'
          ? [{ op: 'unlink', kind: 'node_event', from: node.id, to: c.eventId }]
          : [{ op: 'unlink', kind: 'node_finding', from: node.id, to: c.findingId }];
    // A finding no other cause cites goes with its last citation.
    if (
      c.kind === 'finding' &&
      !links.some((l) => l.kind === 'node_finding' && l.to === c.findingId && l.from !== node.id)
    ) {
      ops.push({ op: 'delete', list: 'findings', id: c.findingId });
    }
    actions.apply(ops);
  };
  return (
    <ul className="citation-list" aria-label="Evidence cited">
      {node.citations.map((c) => {
        const key = keyOf(c);
        const words = describe(c);
        const shown = open === key;
        return (
          <li key={key}>
            <button
              type="button"
              className="button small quiet"
              aria-expanded={shown}
              onClick={() => setOpen(shown ? null : key)}
            >
              <UserText>{words}</UserText>
            </button>
            <button
              type="button"
              className="button small quiet danger-text"
              aria-label={`Stop citing: ${words}`}
              onClick={() => uncite(c)}
            >
              <span aria-hidden="true">✕</span>
            </button>
            {shown ? <CitationBody citation={c} postmortemId={postmortemId} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

function CitationBody({ citation, postmortemId }: { citation: Citation; postmortemId: string }) {
  const pins = useEvidenceStore((s) => s.pins[postmortemId]?.value) ?? EMPTY;
  const files = useEvidenceStore((s) => s.files[postmortemId]?.value) ?? EMPTY;
  const timeline = useSnapshot((s) => s.doc?.timeline) ?? EMPTY;
  const zone = useSnapshot((s) => s.doc?.summary.timeZone) ?? 'UTC';
  if (citation.kind === 'pin') {
    const pin = pins.find((p) => p.id === citation.pinId);
    return (
      <div className="citation-body">
        {pin ? (
          <PinView spec={pin.spec} postmortemId={postmortemId} height={200} />
        ) : (
          <p className="muted">This pin was removed.</p>
        )}
      </div>
    );
  }
  if (citation.kind === 'event') {
    const event = timeline.find((e) => e.id === citation.eventId);
    return (
      <div className="citation-body">
        {event ? (
          <p>
            <time dateTime={event.at}>{formatInstant(event.at, zone)}</time>:{' '}
            <UserText>{event.text}</UserText>
          </p>
        ) : (
          <p className="muted">This event was removed from the timeline.</p>
        )}
      </div>
    );
  }
  const spec = findingSpec(
    files.find((f) => f.id === citation.evidenceId),
    citation.columnName,
    pins,
  );
  return (
    <div className="citation-body">
      {spec ? (
        <PinView spec={spec} postmortemId={postmortemId} height={200} />
      ) : (
        <p className="muted">
          The file or its comparison is no longer there; cited as:{' '}
          <UserText>{citation.label}</UserText>
        </p>
      )}
    </div>
  );
}
