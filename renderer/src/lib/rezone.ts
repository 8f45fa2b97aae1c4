import type { PostmortemContent } from '../../../shared/domain';
import { localInputToUtc, utcToLocalInput } from './zoned-time';

/**
 * Changes the document's time zone keeping the clock times people typed: "02:00" stays "02:00",
 * now read in the new zone. Facilitators usually fix the zone after typing times in the wrong one.
 */
export function rezone(doc: PostmortemContent, timeZone: string): PostmortemContent {
  const from = doc.summary.timeZone;
  if (from === timeZone) return doc;
  const move = (iso: string) =>
    localInputToUtc(utcToLocalInput(iso, from, { withSeconds: true }), timeZone) ?? iso;
  const maybe = (iso: string | null) => (iso === null ? null : move(iso));
  return {
    ...doc,
    summary: {
      ...doc.summary,
      timeZone,
      startedAt: maybe(doc.summary.startedAt),
      endedAt: maybe(doc.summary.endedAt),
      detectedAt: maybe(doc.summary.detectedAt),
    },
    timeline: doc.timeline.map((event) => ({ ...event, at: move(event.at) })),
  };
}
