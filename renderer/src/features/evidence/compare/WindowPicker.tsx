import { useId, useState } from 'react';
import { isValidInstant } from '../../../../../shared/domain';
import type { EvidenceInfo, EvidenceWindowSpec } from '../../../../../shared/evidence';
import { evidenceApi } from '../api';
import { formatCount, isoInZone } from '../format';
import type { WindowPair } from '../store';
import { useAsync } from '../use-async';
import { changePointText, originText, parseValues, windowLabel } from './windows';
import { UserText } from '../../../components/UserText';

export interface ChosenWindows {
  baseline: EvidenceWindowSpec;
  incident: EvidenceWindowSpec;
}

type Mode = 'time' | 'values' | 'evidence';

interface Props {
  evidence: EvidenceInfo;
  files: EvidenceInfo[];
  pair: WindowPair | null;
  /** The postmortem's zone: instants are shown in it. */
  zone: string;
  /** Why the last save failed, if it did. */
  error?: string | null;
  /** Saves the chosen windows for this file. */
  onApply(windows: ChosenWindows): void;
  /** Forgets the saved windows (back to a proposal). */
  onForget(): void;
}

const MODE_LABELS: Record<Mode, string> = {
  time: 'Time ranges',
  values: 'Values of a column',
  evidence: 'Two files',
};

function timeOf(w: EvidenceWindowSpec | undefined, key: 'start' | 'end', zone: string): string {
  return w?.kind === 'time' ? isoInZone(w[key], zone) : '';
}

/** How the baseline and the incident are cut: two time ranges, two sets of values, or two files. */
export function WindowPicker({ evidence, files, pair, zone, error, onApply, onForget }: Props) {
  const id = useId();
  const [mode, setMode] = useState<Mode>(
    pair?.incident.kind ?? (evidence.timeColumn ? 'time' : 'values'),
  );
  const [bStart, setBStart] = useState(timeOf(pair?.baseline, 'start', zone));
  const [bEnd, setBEnd] = useState(timeOf(pair?.baseline, 'end', zone));
  const [iStart, setIStart] = useState(timeOf(pair?.incident, 'start', zone));
  const [iEnd, setIEnd] = useState(timeOf(pair?.incident, 'end', zone));
  const categorical = evidence.columns.filter((c) => c.type !== 'real' && c.type !== 'instant');
  const versionLike = categorical.find((c) => /version/i.test(c.name));
  const [valueColumn, setValueColumn] = useState(
    pair?.incident.kind === 'values'
      ? pair.incident.column
      : ((versionLike ?? categorical[0])?.name ?? ''),
  );
  const [bValues, setBValues] = useState(
    pair?.baseline.kind === 'values' ? pair.baseline.values.map(String).join(', ') : '',
  );
  const [iValues, setIValues] = useState(
    pair?.incident.kind === 'values' ? pair.incident.values.map(String).join(', ') : '',
  );
  const others = files.filter((f) => f.id !== evidence.id);
  const [baselineFile, setBaselineFile] = useState(
    pair?.baseline.kind === 'evidence' ? pair.baseline.evidenceId : (others[0]?.id ?? ''),
  );
  const [problem, setProblem] = useState<string | null>(null);

  function apply() {
    if (mode === 'time') {
      const column = evidence.timeColumn;
      if (!column) return setProblem('This file has no time column: compare by values or files.');
      for (const [label, v] of [
        ['Baseline from', bStart],
        ['Baseline to', bEnd],
        ['Incident from', iStart],
        ['Incident to', iEnd],
      ] as const) {
        if (!isValidInstant(v.trim())) {
          return setProblem(
            `${label}: use ISO 8601 with a zone, e.g. ${isoInZone('2026-03-12T02:00:00Z', zone)}.`,
          );
        }
      }
      if (Date.parse(bEnd) <= Date.parse(bStart))
        return setProblem('The baseline must end after it starts.');
      if (Date.parse(iEnd) <= Date.parse(iStart))
        return setProblem('The incident must end after it starts.');
      setProblem(null);
      onApply({
        baseline: { kind: 'time', column, start: bStart.trim(), end: bEnd.trim() },
        incident: { kind: 'time', column, start: iStart.trim(), end: iEnd.trim() },
      });
    } else if (mode === 'values') {
      const col = evidence.columns.find((c) => c.name === valueColumn);
      if (!col) return setProblem('Choose the column whose values cut the windows.');
      const numeric = col.type === 'integer';
      const b = parseValues(bValues, numeric);
      const i = parseValues(iValues, numeric);
      if (b.length === 0 || i.length === 0)
        return setProblem('List at least one value for each window.');
      setProblem(null);
      onApply({
        baseline: { kind: 'values', column: col.name, values: b },
        incident: { kind: 'values', column: col.name, values: i },
      });
    } else {
      if (!baselineFile) return setProblem('Import a second file to use as the baseline.');
      setProblem(null);
      onApply({
        baseline: { kind: 'evidence', evidenceId: baselineFile },
        incident: { kind: 'evidence', evidenceId: evidence.id },
      });
    }
  }

  return (
    <section className="ev-windows" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Baseline and incident windows</h4>
      {pair ? (
        <div className="ev-window-now">
          <p>
            <span className="ev-key ev-key-baseline" aria-hidden="true" />{' '}
            <strong>Baseline:</strong> {windowLabel(pair.baseline, files, zone)}
            <br />
            <span className="ev-key ev-key-incident" aria-hidden="true" />{' '}
            <strong>Incident:</strong> {windowLabel(pair.incident, files, zone)}
          </p>
          <p className="ev-note ev-window-origin">{originText(pair, zone)}</p>
          {pair.origin === 'saved' && (
            <button type="button" className="button quiet small" onClick={onForget}>
              Forget the saved windows
            </button>
          )}
          {pair.alternative && pair.changePoint && (
            <p className="ev-note">
              The data also show a change over time: {changePointText(pair.changePoint, zone)}.{' '}
              <button
                type="button"
                className="button small"
                onClick={() => onApply(pair.alternative!)}
              >
                Compare around this change instead
              </button>
            </p>
          )}
          {pair.origin !== 'saved' && pair.origin !== 'halves' && (
            <button
              type="button"
              className="button small"
              onClick={() => onApply({ baseline: pair.baseline, incident: pair.incident })}
            >
              Keep these windows
            </button>
          )}
        </div>
      ) : (
        <p className="ev-note">No windows yet: choose a baseline and an incident below.</p>
      )}
      {error && <p className="field-error">{error}</p>}
      <div className="radio-row" role="radiogroup" aria-label="Compare by">
        {(Object.keys(MODE_LABELS) as Mode[]).map((m) => (
          <label key={m} className="radio-pill">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            {MODE_LABELS[m]}
          </label>
        ))}
      </div>
      {mode === 'time' && (
        <div className="ev-window-grid">
          <p className="ev-note ev-window-hint">
            ISO 8601 with a zone; shown on the postmortem’s clock ({zone}). End instants are
            excluded, so adjacent windows never share a row.
          </p>
          <TimeField
            id={`${id}-bs`}
            placeholder={isoInZone('2026-03-12T02:00:00Z', zone)}
            label="Baseline from (included)"
            value={bStart}
            onChange={setBStart}
          />
          <TimeField
            id={`${id}-be`}
            placeholder={isoInZone('2026-03-12T02:00:00Z', zone)}
            label="Baseline to (excluded)"
            value={bEnd}
            onChange={setBEnd}
          />
          <TimeField
            id={`${id}-is`}
            placeholder={isoInZone('2026-03-12T02:00:00Z', zone)}
            label="Incident from (included)"
            value={iStart}
            onChange={setIStart}
          />
          <TimeField
            id={`${id}-ie`}
            placeholder={isoInZone('2026-03-12T02:00:00Z', zone)}
            label="Incident to (excluded)"
            value={iEnd}
            onChange={setIEnd}
          />
        </div>
      )}
      {mode === 'values' && (
        <div className="ev-window-grid">
          <ValuesHint evidenceId={evidence.id} column={valueColumn} />
          <div className="field">
            <label htmlFor={`${id}-vc`}>Column that cuts the windows</label>
            <select
              id={`${id}-vc`}
              value={valueColumn}
              onChange={(e) => setValueColumn(e.target.value)}
            >
              {categorical.map((c) => (
                <option key={c.name}>{c.name}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-bv`}>Baseline values (comma-separated)</label>
            <input
              id={`${id}-bv`}
              type="text"
              value={bValues}
              placeholder="v12"
              onChange={(e) => setBValues(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-iv`}>Incident values (comma-separated)</label>
            <input
              id={`${id}-iv`}
              type="text"
              value={iValues}
              placeholder="v13"
              onChange={(e) => setIValues(e.target.value)}
            />
          </div>
        </div>
      )}
      {mode === 'evidence' && (
        <div className="ev-window-grid">
          <div className="field">
            <label htmlFor={`${id}-bf`}>Baseline file</label>
            <select
              id={`${id}-bf`}
              value={baselineFile}
              onChange={(e) => setBaselineFile(e.target.value)}
            >
              {others.length === 0 && <option value="">No other file imported</option>}
              {others.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.fileName}
                </option>
              ))}
            </select>
          </div>
          <p className="ev-note">
            Incident: all rows of <UserText>{evidence.fileName}</UserText>. Columns are matched by
            name.
          </p>
        </div>
      )}
      {problem && <p className="field-error">{problem}</p>}
      <button type="button" className="button primary small" onClick={apply}>
        Compare these windows
      </button>
    </section>
  );
}

/** The column's most frequent values, so nobody has to guess how "v13" is spelt. */
function ValuesHint({ evidenceId, column }: { evidenceId: string; column: string }) {
  const summary = useAsync(
    column ? JSON.stringify([evidenceId, column]) : null,
    () => evidenceApi()['evidence.columnSummary']({ evidenceId, column }),
    'summary',
  );
  const top = summary.value?.find((s) => s.column === column)?.top ?? [];
  if (top.length === 0) return null;
  return (
    <p className="ev-note ev-values-hint">
      Most frequent values of {column}:{' '}
      {top
        .slice(0, 8)
        .map((t) => `${t.value === null ? 'missing' : String(t.value)} (${formatCount(t.count)})`)
        .join(', ')}
    </p>
  );
}

function TimeField(props: {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  onChange(v: string): void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="text"
        placeholder={props.placeholder}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
