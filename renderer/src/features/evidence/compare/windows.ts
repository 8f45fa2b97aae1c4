import {
  describeWindow,
  type EvidenceInfo,
  type EvidenceWindowSpec,
  type Pin,
} from '../../../../../shared/evidence';
import type { WindowPair } from '../store';
import { formatInstant } from '../format';

/** The windows of the newest pin comparing this file, so the panel opens on what was agreed. */
export function windowsFromPins(pins: Pin[], evidenceId: string): WindowPair | null {
  const matching = pins
    .filter((p) => p.spec.kind !== 'time-series' && p.spec.query.evidenceId === evidenceId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const spec = matching[0]?.spec;
  if (!spec || spec.kind === 'time-series') return null;
  return { baseline: spec.query.baseline, incident: spec.query.incident, origin: 'pin' };
}

/** First and second half of the time span: a starting point, said as such in the panel. */
export function halvesOfSpan(column: string, minMs: number, maxMs: number): WindowPair {
  const mid = Math.floor((minMs + maxMs) / 2 / 1000) * 1000;
  const start = Math.floor(minMs / 1000) * 1000;
  // The window is half-open, so the end is pushed past the last row.
  const end = Math.floor(maxMs / 1000) * 1000 + 1000;
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    baseline: { kind: 'time', column, start: iso(start), end: iso(mid) },
    incident: { kind: 'time', column, start: iso(mid), end: iso(end) },
    origin: 'default',
  };
}

/** A window in words for the screen: instants in UTC, other files by name. */
export function windowLabel(w: EvidenceWindowSpec, files: EvidenceInfo[]): string {
  switch (w.kind) {
    case 'time':
      return `${w.column} from ${formatInstant(w.start)} to ${formatInstant(w.end)} (end excluded)`;
    case 'values':
      return `${w.column} = ${w.values.map(String).join(' or ')}`;
    case 'evidence': {
      const file = files.find((f) => f.id === w.evidenceId);
      return file ? `all rows of ${file.fileName}` : describeWindow(w);
    }
  }
}

/** "v12, v13" → ['v12', 'v13']; numbers stay numbers for numeric columns. */
export function parseValues(text: string, numeric: boolean): (string | number | boolean)[] {
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => {
      if (numeric && !Number.isNaN(Number(v))) return Number(v);
      if (v === 'true' || v === 'false') return v === 'true';
      return v;
    });
}
