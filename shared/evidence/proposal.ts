import type { ChangePoint, TimeOverview } from './results';
import type { EvidenceWindowSpec } from './window';

/** How far back a proposed baseline reaches before the incident. */
export const BASELINE_MAX_MS = 7 * 86_400_000;

export interface ProposedWindows {
  baseline: EvidenceWindowSpec;
  incident: EvidenceWindowSpec;
  source: 'summary' | 'change-point' | 'halves';
}

export interface IncidentTimes {
  startedAt: string | null;
  endedAt: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const floorSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/**
 * Windows around an incident [start, end): the baseline is the time before it (up to a week), or
 * after it when the file starts inside the incident. Null when the incident leaves no row of the
 * file outside it, or holds none of its rows.
 */
export function aroundIncident(
  overview: TimeOverview,
  start: number,
  end: number,
): { baseline: EvidenceWindowSpec; incident: EvidenceWindowSpec } | null {
  const { first, last, timeColumn: column } = overview;
  if (first === null || last === null || !(end > start)) return null;
  const dataEnd = floorSecond(last) + 1000;
  if (end <= first || start > last) return null;
  const incident: EvidenceWindowSpec = { kind: 'time', column, start: iso(start), end: iso(end) };
  if (start > first) {
    const from = Math.max(floorSecond(first), start - BASELINE_MAX_MS);
    return { baseline: { kind: 'time', column, start: iso(from), end: iso(start) }, incident };
  }
  if (end <= last) {
    const to = Math.min(dataEnd, end + BASELINE_MAX_MS);
    return { baseline: { kind: 'time', column, start: iso(end), end: iso(to) }, incident };
  }
  return null;
}

/** First and second half of the file's time span: the last resort, said as such. */
export function halves(overview: TimeOverview): ProposedWindows | null {
  const { first, last, timeColumn: column } = overview;
  if (first === null || last === null) return null;
  const start = floorSecond(first);
  const mid = floorSecond((first + last) / 2);
  const end = floorSecond(last) + 1000;
  if (!(mid > start && end > mid)) return null;
  return {
    baseline: { kind: 'time', column, start: iso(start), end: iso(mid) },
    incident: { kind: 'time', column, start: iso(mid), end: iso(end) },
    source: 'halves',
  };
}

/** The incident as the postmortem's summary dates it (the end defaults to the file's last row). */
export function fromSummary(overview: TimeOverview, times: IncidentTimes): ProposedWindows | null {
  const start = times.startedAt ? Date.parse(times.startedAt) : NaN;
  if (Number.isNaN(start) || overview.last === null) return null;
  const end = times.endedAt ? Date.parse(times.endedAt) : floorSecond(overview.last) + 1000;
  const pair = aroundIncident(overview, start, end);
  return pair ? { ...pair, source: 'summary' } : null;
}

export function fromChangePoint(
  overview: TimeOverview,
  change: ChangePoint | null,
): ProposedWindows | null {
  if (!change) return null;
  const pair = aroundIncident(overview, Date.parse(change.start), Date.parse(change.end));
  return pair ? { ...pair, source: 'change-point' } : null;
}

/** The summary's dates first, then a change point that stands out, then the two halves. */
export function proposeWindows(
  overview: TimeOverview,
  times: IncidentTimes,
): ProposedWindows | null {
  return (
    fromSummary(overview, times) ??
    fromChangePoint(overview, overview.changePoint) ??
    halves(overview)
  );
}

/** What the evidence workspace reads of its postmortem (see evidence.context). */
export interface IncidentContext extends IncidentTimes {
  /** The postmortem's IANA zone: times are shown, and zone-less times read, in it. */
  timeZone: string;
}
