import { useState } from 'react';
import type { EvidenceInfo } from '../../../../../shared/evidence';
import { UserText } from '../../../components/UserText';
import { errorMessage, evidenceApi } from '../api';
import { formatBytes, formatCount, formatInstant } from '../format';

interface Props {
  files: EvidenceInfo[];
  zone: string;
  selected: string | null;
  onSelect(id: string): void;
  onDeleted(): void;
}

/** The zone the time column's values written without one were read in, if any. */
function wallClockZone(f: EvidenceInfo): string | undefined {
  return f.columns.find((c) => c.name === f.timeColumn)?.wallClockZone;
}

/** The postmortem's evidence files; deleting one asks once, inline, because its pins go with it. */
export function FileList({ files, zone, selected, onSelect, onDeleted }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function remove(id: string) {
    try {
      await evidenceApi()['evidence.delete']({ evidenceId: id });
      setConfirming(null);
      onDeleted();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="ev-files">
      <ul className="ev-file-list" aria-label="Evidence files">
        {files.map((f) => (
          <li key={f.id} className={f.id === selected ? 'ev-file current' : 'ev-file'}>
            <button
              type="button"
              className="ev-file-pick"
              aria-pressed={f.id === selected}
              onClick={() => onSelect(f.id)}
            >
              <strong>
                <UserText>{f.fileName}</UserText>
              </strong>
              <span className="ev-type-note">
                {formatCount(f.rowCount)} rows · {f.columns.length} columns ·{' '}
                {formatBytes(f.byteSize)} · imported {formatInstant(f.importedAt, zone)}
                {f.timeColumn ? (
                  <>
                    {' · time: '}
                    <UserText>{f.timeColumn}</UserText>
                    {wallClockZone(f) ? ` (times without a zone read in ${wallClockZone(f)})` : ''}
                  </>
                ) : (
                  ' · no time column'
                )}
              </span>
            </button>
            {confirming === f.id ? (
              <span className="ev-row" role="group" aria-label={`Confirm deleting ${f.fileName}`}>
                <span>
                  Delete <UserText>{f.fileName}</UserText> and the pins that read it?
                </span>
                <button
                  type="button"
                  className="button danger solid small"
                  onClick={() => void remove(f.id)}
                >
                  Delete file
                </button>
                <button type="button" className="button small" onClick={() => setConfirming(null)}>
                  Keep
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="button quiet small"
                aria-label={`Delete ${f.fileName}`}
                onClick={() => setConfirming(f.id)}
              >
                Delete…
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
