/**
 * Seconds as a clock reading: "12:05", "1:02:03", "-1:30" for an overrun. Fractions are dropped
 * toward zero (a countdown shows whole seconds); a non-finite value reads "--:--".
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const whole = Math.trunc(seconds);
  const sign = whole < 0 ? '-' : '';
  const abs = Math.abs(whole);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

/** Seconds in words for screen readers and the report: "1 h 2 min 3 s", "90 s" -> "1 min 30 s". */
export function formatDurationWords(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'unknown';
  const whole = Math.trunc(seconds);
  const abs = Math.abs(whole);
  const parts: string[] = [];
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  if (h > 0) parts.push(`${h} h`);
  if (m > 0) parts.push(`${m} min`);
  if (s > 0 || parts.length === 0) parts.push(`${s} s`);
  return (whole < 0 ? 'minus ' : '') + parts.join(' ');
}

/** A signed difference for the log: "+2:00" over plan, "-0:45" under, "0:00" on plan. */
export function formatDelta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  return Math.trunc(seconds) > 0 ? `+${formatDuration(seconds)}` : formatDuration(seconds);
}
