import {
  describeWindow,
  type ChangePoint,
  type EvidenceInfo,
  type EvidenceWindowSpec,
  type Pin,
} from '../../../../../shared/evidence';
import type { WindowPair } from '../store';
import { formatInstant, formatMeasure, formatShare } from '../format';

/** The windows of the newest pin comparing this file, so the panel opens on what was agreed. */
export function windowsFromPins(pins: Pin[], evidenceId: string): WindowPair | null {
  const matching = pins
    .filter((p) => p.spec.kind !== 'time-series' && p.spec.query.evidenceId === evidenceId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const spec = matching[0]?.spec;
  if (!spec || spec.kind === 'time-series') return null;
  return { baseline: spec.query.baseline, incident: spec.query.incident, origin: 'pin' };
}

/** A window in words for the screen: instants in the postmortem's zone, other files by name. */
export function windowLabel(w: EvidenceWindowSpec, files: EvidenceInfo[], zone = 'UTC'): string {
  switch (w.kind) {
    case 'time':
      return `${w.column} from ${formatInstant(w.start, zone)} to ${formatInstant(w.end, zone)} (end excluded)`;
    case 'values':
      return `${w.column} = ${w.values.map(String).join(' or ')}`;
    case 'evidence': {
      const file = files.find((f) => f.id === w.evidenceId);
      return file ? `all rows of ${file.fileName}` : describeWindow(w);
    }
  }
}

/** What moved, in words: "the rate of prediction (share of 1/true) was 35 % from … to …". */
export function changePointText(c: ChangePoint, zone: string): string {
  const when = `from ${formatInstant(c.start, zone)} to ${formatInstant(c.end, zone)}`;
  const rest = 'in the rest of the file';
  switch (c.measure) {
    case 'rate':
      return `the rate of ${c.column} (share of 1 / true) is ${formatShare(c.inside)} ${when}, against ${formatShare(c.outside)} ${rest}`;
    case 'share':
      return `the share of rows with ${c.column} = ${c.value ?? ''} is ${formatShare(c.inside)} ${when}, against ${formatShare(c.outside)} ${rest}`;
    case 'missing':
      return `${c.column} is missing in ${formatShare(c.inside)} of rows ${when}, against ${formatShare(c.outside)} ${rest}`;
    case 'mean':
      return `the mean of ${c.column} is ${formatMeasure(c.inside, 4)} ${when}, against ${formatMeasure(c.outside, 4)} ${rest} (${formatMeasure(c.effect)} standard deviations of the rest)`;
  }
}

/** Why these windows: saved when, taken from a pin, or proposed from what. */
export function originText(pair: WindowPair, zone: string): string {
  switch (pair.origin) {
    case 'saved':
      return pair.savedAt
        ? `Saved ${formatInstant(pair.savedAt, zone)}; they come back whenever this file is opened.`
        : 'Saved; they come back whenever this file is opened.';
    case 'pin':
      return 'Taken from the newest pin of this file; compare others and they are saved.';
    case 'summary':
      return 'Proposed from the summary: the incident as its start and end date it, the baseline the week before (or what the file holds of it).';
    case 'change-point':
      return pair.changePoint
        ? `Proposed from the data, which the summary does not date: ${changePointText(pair.changePoint, zone)}. This is the largest change over time in this file; the baseline is the week before it (or what the file holds of it).`
        : 'Proposed from a change point in the data.';
    case 'halves':
      return 'A default, the two halves of the time span: the summary has no start time and no change over time stands out in the data. Choose your own below.';
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
