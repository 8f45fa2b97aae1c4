import type { MeetingRecord } from '../../../../shared/contract/meeting';
import { isolate } from '../../components/UserText';
import { formatDelta, formatDuration, type MeetingClock } from '../../../../shared/meeting';

/** Planned against actual time per step, and who was present: the log the report keeps. */
export function MeetingLogTable({ clock, record }: { clock: MeetingClock; record: MeetingRecord }) {
  const run = clock.steps.filter((s) => !s.skipped);
  const total = run.reduce((sum, s) => sum + s.actualSeconds, 0);
  return (
    <section className="meeting-log" aria-label="Meeting log">
      <table>
        <caption>Meeting log: planned and actual time per step</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Timebox</th>
            <th scope="col">Actual</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {clock.steps.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.title}</th>
              <td>{s.skipped ? 'skipped' : formatDuration(s.timeboxSeconds)}</td>
              <td>{formatDuration(s.actualSeconds)}</td>
              <td>{s.skipped ? '—' : formatDelta(s.actualSeconds - s.timeboxSeconds)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{formatDuration(clock.plannedSeconds)}</td>
            <td>{formatDuration(total)}</td>
            <td>{formatDelta(total - clock.plannedSeconds)}</td>
          </tr>
        </tfoot>
      </table>
      <p>
        Present:{' '}
        {record.attendance.length === 0
          ? 'nobody marked yet (mark attendance in the opening step).'
          : record.attendance
              .map((a) => `${isolate(a.name)} (${a.team ? isolate(a.team) : 'no team'}, ${a.role})`)
              .join(', ')}
        {clock.pausedSeconds > 0 ? ` · Paused ${formatDuration(clock.pausedSeconds)} in all.` : ''}
      </p>
    </section>
  );
}
