import { z } from 'zod';
import { actionArea, dateSchema, rootCauseLayer } from '../domain';

export const trendsInputSchema = z.object({
  /** The day it is where the user is: what is overdue. The back end's date when left out. */
  today: dateSchema.optional(),
});

export type TrendsInput = z.input<typeof trendsInputSchema>;

export interface MonthCount {
  /** YYYY-MM, of the incident's start (else the postmortem's creation). */
  month: string;
  count: number;
}

export interface DetectMonth {
  month: string;
  /** Median minutes from the start of the incident to its detection, of those with both. */
  medianMinutes: number;
  count: number;
}

export interface ActionTimeliness {
  /** Done on or before the due date (the day it was marked done, from the operation log). */
  onTime: number;
  late: number;
  /** Done, but when is not known (written done at creation or imported). */
  doneUndated: number;
  /** Not finished and past the due date. */
  overdue: number;
  /** Not finished, due today or later. */
  pending: number;
  /** onTime / (onTime + late + overdue); null when none of those. */
  onTimeShare: number | null;
}

/** Did the actions work? Each reviewed action's last follow-up outcome, per area. */
export interface ReviewedArea {
  area: z.output<typeof actionArea.schema>;
  yes: number;
  no: number;
  unknown: number;
}

export interface Trends {
  postmortems: number;
  incidents: MonthCount[];
  causesByLayer: { layer: z.output<typeof rootCauseLayer.schema>; count: number }[];
  timeToDetect: DetectMonth[];
  detect: { medianMinutes: number | null; p90Minutes: number | null; count: number };
  actions: ActionTimeliness;
  /** Every area, in order; zeros where no action of it was reviewed. */
  reviewOutcomes: ReviewedArea[];
}

/** Every month from the first to the last, so a chart shows quiet months as zero. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The q-quantile of sorted numbers (nearest rank); null for none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
