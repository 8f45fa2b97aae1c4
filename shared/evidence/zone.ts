// Reading wall-clock times (a CSV's "2024-03-12 02:00:00", written without a zone) as instants of
// an IANA time zone. Pure: Intl only, so the import (Node) and the tests share it.
//
// Clock changes follow the usual convention (Temporal's 'compatible', RFC 5545): a time in the hour
// skipped when clocks go forward is read with the offset before the change (02:30 reads as 03:30
// summer time); a time in the hour repeated when clocks go back is the first of the two.

const DAY_MS = 86_400_000;
/** Offsets are looked up per quarter hour: zones change offset on quarter hours. */
const SLOT_MS = 900_000;

export const UTC_ZONE = 'UTC';

/** Whether the zone reads wall-clock times as UTC (no conversion at all). */
export function isUtcZone(zone: string): boolean {
  return zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Etc/GMT' || zone === 'GMT';
}

/** Converts wall-clock times (as epoch ms read as UTC) to instants of one zone, with a cache. */
export class ZoneReader {
  private readonly format: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();
  private lastSlot = NaN;
  private lastOffset = 0;

  constructor(readonly zone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The zone's offset from UTC at an instant, in ms (positive east of Greenwich). */
  offsetAt(instant: number): number {
    const slot = Math.floor(instant / SLOT_MS);
    if (slot === this.lastSlot) return this.lastOffset;
    let offset = this.offsets.get(slot);
    if (offset === undefined) {
      offset = this.computeOffset(slot * SLOT_MS);
      if (this.offsets.size > 100_000) this.offsets.clear();
      this.offsets.set(slot, offset);
    }
    this.lastSlot = slot;
    this.lastOffset = offset;
    return offset;
  }

  private computeOffset(instant: number): number {
    const parts: Record<string, string> = {};
    for (const p of this.format.formatToParts(new Date(instant))) parts[p.type] = p.value;
    const yearOfEra = Number(parts.year);
    const year = parts.era === 'BC' || parts.era === 'B' ? 1 - yearOfEra : yearOfEra;
    const d = new Date(0);
    d.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
    d.setUTCHours(Number(parts.hour) % 24, Number(parts.minute), Number(parts.second), 0);
    return d.getTime() - instant;
  }

  /** The instant at which the zone's clocks showed `wall` (epoch ms of the time read as UTC). */
  instantOf(wall: number): number {
    if (!Number.isFinite(wall)) return wall;
    const before = this.offsetAt(wall - DAY_MS);
    const after = this.offsetAt(wall + DAY_MS);
    if (before === after) {
      const t = wall - before;
      // No change within a day either side: the common case, one lookup each way.
      if (this.offsetAt(t) === before) return t;
    }
    const early = wall - before;
    const late = wall - after;
    const earlyFits = this.offsetAt(early) === before;
    const lateFits = this.offsetAt(late) === after;
    if (earlyFits && lateFits) return Math.min(early, late);
    if (earlyFits) return early;
    if (lateFits) return late;
    // In the skipped hour: read with the offset before the change.
    return early;
  }
}
