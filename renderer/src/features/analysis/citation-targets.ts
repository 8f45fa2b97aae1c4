import type { Op } from '../../../../shared/doc/ops';
import type { CauseTreeNode, Postmortem } from '../../../../shared/domain';
import type { EvidenceInfo, Pin, PinSpec } from '../../../../shared/evidence';

/** Something a cause can cite, as the picker lists it, with the operations that cite it. */
export interface CitationTarget {
  value: string;
  group: 'Pinned evidence' | 'Timeline events' | 'Drift findings';
  label: string;
  ops: (node: CauseTreeNode, newId: () => string) => Op[];
}

export function pinLabel(pin: Pin, files: readonly EvidenceInfo[]): string {
  const file = files.find((f) => f.id === pin.spec.query.evidenceId)?.fileName ?? 'a removed file';
  const what = pin.spec.kind.replace('-', ' ');
  const column =
    'column' in pin.spec.query && pin.spec.query.column ? ` of ${pin.spec.query.column}` : '';
  return pin.caption.trim()
    ? `${pin.caption.trim()} (${what}, ${file})`
    : `${what}${column}, ${file}`;
}

export function findingLabel(file: EvidenceInfo, column: string): string {
  return `Drift in ${column} (${file.fileName})`;
}

/** The comparison a file's drift is read over: the saved one, else that of a pin reading it. */
function windowsOf(file: EvidenceInfo, pins: readonly Pin[]) {
  if (file.windows) return file.windows;
  for (const pin of pins) {
    if (pin.spec.kind !== 'time-series' && pin.spec.query.evidenceId === file.id) {
      return { baseline: pin.spec.query.baseline, incident: pin.spec.query.incident };
    }
  }
  return null;
}

/** The drift table of one column of a file, over its comparison; null without one. */
export function findingSpec(
  file: EvidenceInfo | undefined,
  column: string,
  pins: readonly Pin[],
): PinSpec | null {
  const windows = file ? windowsOf(file, pins) : null;
  if (!file || !windows) return null;
  return {
    kind: 'drift-table',
    query: {
      evidenceId: file.id,
      baseline: windows.baseline,
      incident: windows.incident,
      columns: [column],
      correction: 'benjamini-hochberg',
      alpha: 0.05,
    },
  } as PinSpec;
}

/** What the node does not cite yet: pins, timeline events, and each column of a compared file. */
export function citationTargets(
  doc: Postmortem,
  node: CauseTreeNode,
  pins: readonly Pin[],
  files: readonly EvidenceInfo[],
): CitationTarget[] {
  const cited = new Set(
    node.citations.map((c) =>
      c.kind === 'pin'
        ? `pin:${c.pinId}`
        : c.kind === 'event'
          ? `event:${c.eventId}`
          : `finding:${c.evidenceId}:${c.columnName}`,
    ),
  );
  const targets: CitationTarget[] = [];
  for (const pin of pins) {
    targets.push({
      value: `pin:${pin.id}`,
      group: 'Pinned evidence',
      label: pinLabel(pin, files),
      ops: (n) => [{ op: 'link', kind: 'node_pin', from: n.id, to: pin.id }],
    });
  }
  for (const event of doc.timeline) {
    targets.push({
      value: `event:${event.id}`,
      group: 'Timeline events',
      label: `${event.at.slice(0, 16).replace('T', ' ')} UTC: ${event.text.trim() || '(no text)'}`,
      ops: (n) => [{ op: 'link', kind: 'node_event', from: n.id, to: event.id }],
    });
  }
  for (const file of files) {
    if (!windowsOf(file, pins)) continue;
    for (const column of file.columns) {
      if (column.name === file.timeColumn) continue;
      targets.push({
        value: `finding:${file.id}:${column.name}`,
        group: 'Drift findings',
        label: findingLabel(file, column.name),
        ops: (n, newId) => {
          // A column cited already (by another cause) is cited again, not copied.
          const existing = doc.findings.find(
            (f) => f.evidenceId === file.id && f.columnName === column.name,
          );
          const id = existing?.id ?? newId();
          const insert: Op[] = existing
            ? []
            : [
                {
                  op: 'insert',
                  list: 'findings',
                  item: {
                    id,
                    evidenceId: file.id,
                    columnName: column.name,
                    label: findingLabel(file, column.name),
                  },
                  before: null,
                },
              ];
          return [...insert, { op: 'link', kind: 'node_finding', from: n.id, to: id }];
        },
      });
    }
  }
  return targets.filter((t) => !cited.has(t.value));
}
