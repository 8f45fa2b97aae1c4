import type { ImportProgress } from '../api';
import { formatBytes, formatCount } from '../format';
import { UserText } from '../../../components/UserText';

/** Bytes read as a percentage, with rows and rows per second in words. */
export function ImportProgressBar({
  progress,
  fileName,
  onCancel,
}: {
  progress: ImportProgress | null;
  fileName: string;
  onCancel(): void;
}) {
  const pct =
    progress && progress.bytesTotal > 0
      ? Math.min(100, Math.round((progress.bytesDone / progress.bytesTotal) * 100))
      : 0;
  return (
    <div className="ev-progress">
      <div className="ev-row">
        <span id="ev-progress-label">
          Reading <UserText>{fileName}</UserText>
        </span>
        <button type="button" className="button small" onClick={onCancel}>
          Cancel import
        </button>
      </div>
      <div
        className="ev-progress-track"
        role="progressbar"
        aria-labelledby="ev-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct} %${progress ? `, ${formatCount(progress.rows)} rows` : ''}`}
      >
        <div className="ev-progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <p className="ev-note" aria-live="polite">
        {progress
          ? `${pct} % — ${formatCount(progress.rows)} rows, ${formatCount(Math.round(progress.rowsPerSecond))} rows per second, ${formatBytes(progress.bytesDone)} of ${formatBytes(progress.bytesTotal)}`
          : 'Starting…'}
      </p>
    </div>
  );
}
