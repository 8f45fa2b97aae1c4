import { useId, useState } from 'react';
import {
  evidenceColumnTypes,
  type EvidenceColumnType,
  type StagedPreview,
} from '../../../../../shared/evidence';
import { errorMessage } from '../api';
import { formatBytes, formatCount, TYPE_LABELS } from '../format';
import { EncodingSelect } from './EncodingSelect';
import type { Encoding } from './use-import';
import { ZonelessNotice } from './ZonelessNotice';
import { UserText } from '../../../components/UserText';

interface ColumnChoice {
  name: string;
  type: EvidenceColumnType;
}

interface Props {
  preview: StagedPreview;
  busy: boolean;
  onCommit(overrides: {
    columns: { index: number; name?: string; type?: EvidenceColumnType }[];
    timeColumn: number | null;
    timeZone: string;
  }): Promise<void>;
  onDiscard(): void;
  onReencode(encoding: Encoding): void;
}

const PREVIEW_ROWS = 8;

/** The staged file before it is kept: first rows, types, names, time column, warnings, bad rows. */
export function StagedPreviewView({ preview: p, busy, onCommit, onDiscard, onReencode }: Props) {
  const id = useId();
  const [choices, setChoices] = useState<ColumnChoice[]>(
    p.columns.map((c) => ({ name: c.name, type: c.inferredType })),
  );
  const [timeColumn, setTimeColumn] = useState<number | null>(p.suggestedTimeColumn);
  const [encoding, setEncoding] = useState<Encoding>(
    p.encoding === 'windows-1252' ? 'latin1' : 'windows-1252',
  );
  const [timeZone, setTimeZone] = useState(p.defaultTimeZone);
  const [error, setError] = useState<string | null>(null);
  const zoneless = p.columns.filter(
    (c, i) => c.zonelessCount > 0 && choices[i]!.type === 'instant',
  );
  const notUtf8 = !/^utf-?8/i.test(p.encoding);

  function change(index: number, patch: Partial<ColumnChoice>) {
    setChoices((cs) => cs.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  }

  async function commit() {
    const empty = choices.findIndex((c) => c.name.trim() === '');
    if (empty >= 0) return setError(`Column ${empty + 1} needs a name.`);
    const names = choices.map((c) => c.name.trim());
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup) return setError(`Two columns are named “${dup}”: rename one.`);
    setError(null);
    const columns = p.columns
      .map((c, i) => {
        const ch = choices[i]!;
        return {
          index: c.index,
          ...(ch.name.trim() !== c.name ? { name: ch.name.trim() } : {}),
          ...(ch.type !== c.inferredType ? { type: ch.type } : {}),
        };
      })
      .filter((c) => c.name !== undefined || c.type !== undefined);
    try {
      await onCommit({ columns, timeColumn, timeZone });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="ev-staged" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        Check <UserText>{p.fileName}</UserText> before keeping it
      </h4>
      <p className="ev-note">
        {formatCount(p.rowCount)} rows, {p.columns.length} columns, {formatBytes(p.byteSize)}; read
        as {p.encoding}, delimiter “{p.delimiter === '\t' ? 'tab' : p.delimiter}”,{' '}
        {p.hasHeader ? 'first line is the header' : 'no header line'}.
      </p>
      {notUtf8 && (
        <div className="ev-notice" role="note">
          <p>
            <strong>Encoding:</strong> this file is not UTF-8; it was read as{' '}
            <strong>{p.encoding}</strong>. If accents or symbols look wrong in the rows below, read
            it again with another encoding.
          </p>
          <div className="ev-row ev-controls">
            <EncodingSelect
              id={`${id}-enc`}
              label="Read again as"
              value={encoding}
              withAuto={false}
              onChange={setEncoding}
            />
            <button type="button" className="button small" onClick={() => onReencode(encoding)}>
              Read again
            </button>
          </div>
        </div>
      )}
      <ZonelessNotice
        id={id}
        columns={zoneless}
        zone={timeZone}
        defaultZone={p.defaultTimeZone}
        onChange={setTimeZone}
      />
      {p.warnings.length > 0 && (
        <ul className="ev-warnings" aria-label="Warnings">
          {p.warnings.map((w, i) => (
            <li key={i}>
              <span className="ev-flag">Warning</span> {w}
            </li>
          ))}
        </ul>
      )}
      <div className="ev-table-scroll">
        <table className="ev-table ev-staged-table">
          <caption>
            Columns (change a name or a type here) and the first{' '}
            {Math.min(PREVIEW_ROWS, p.previewRows.length)} rows
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {p.columns.map((c, i) => (
                <th key={c.index} scope="col">
                  <div className="ev-coledit">
                    <input
                      type="text"
                      aria-label={`Name of column ${i + 1}`}
                      value={choices[i]!.name}
                      onChange={(e) => change(i, { name: e.target.value })}
                    />
                    <select
                      aria-label={`Type of column ${choices[i]!.name || i + 1}`}
                      value={choices[i]!.type}
                      onChange={(e) => change(i, { type: e.target.value as EvidenceColumnType })}
                    >
                      {evidenceColumnTypes.map((t) => (
                        <option key={t} value={t}>
                          {TYPE_LABELS[t]}
                        </option>
                      ))}
                    </select>
                    <label className="ev-timechoice">
                      <input
                        type="radio"
                        name={`${id}-time`}
                        checked={timeColumn === c.index}
                        onChange={() => setTimeColumn(c.index)}
                      />
                      Time column
                      <span className="visually-hidden"> ({choices[i]!.name || c.name})</span>
                    </label>
                    <span className="ev-type-note">
                      detected: {TYPE_LABELS[c.inferredType].toLowerCase()};{' '}
                      {formatCount(c.missingCount)} missing
                      {c.instantFormat ? `; ${c.instantFormat}` : ''}
                      {c.zonelessCount > 0 ? '; no zone' : ''}
                      {c.decimalComma ? '; decimal comma (1,5 reads 1.5)' : ''}
                    </span>
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.previewRows.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {p.columns.map((c) => (
                  <td key={c.index}>{row[c.index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="ev-timechoice">
        <input
          type="radio"
          name={`${id}-time`}
          checked={timeColumn === null}
          onChange={() => setTimeColumn(null)}
        />
        No time column (windows by values or files only)
      </label>
      {p.badRowCount > 0 && (
        <details className="ev-badrows" open={p.badRowCount <= 5}>
          <summary>
            {formatCount(p.badRowCount)} bad row{p.badRowCount === 1 ? '' : 's'}: kept, repaired as
            each reason says
          </summary>
          <table className="ev-table">
            <thead>
              <tr>
                <th scope="col">Record (the header is record 1)</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {p.badRows.map((b) => (
                <tr key={b.row}>
                  <th scope="row">{formatCount(b.row)}</th>
                  <td>{b.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.badRows.length < p.badRowCount && (
            <p className="ev-note">
              First {formatCount(p.badRows.length)} of {formatCount(p.badRowCount)} listed.
            </p>
          )}
        </details>
      )}
      {error && <p className="field-error">{error}</p>}
      <div className="ev-row">
        <button
          type="button"
          className="button primary"
          onClick={() => void commit()}
          disabled={busy}
        >
          {busy
            ? 'Importing…'
            : `Import ${formatCount(p.rowCount)} ${p.rowCount === 1 ? 'row' : 'rows'}`}
        </button>
        <button type="button" className="button" onClick={onDiscard} disabled={busy}>
          Discard
        </button>
      </div>
    </section>
  );
}
