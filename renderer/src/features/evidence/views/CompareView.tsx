import { useId, useState } from 'react';
import type { EvidenceInfo, HistogramInput } from '../../../../../shared/evidence';
import { evidenceApi } from '../api';
import { HistogramChart } from '../charts/HistogramChart';
import { WindowPicker } from '../compare/WindowPicker';
import { PinButton } from '../pin/PinButton';
import { useEvidenceStore, useZone, type WindowPair } from '../store';
import { useAsync } from '../use-async';

interface Props {
  postmortemId: string;
  evidence: EvidenceInfo;
  files: EvidenceInfo[];
  pair: WindowPair | null;
}

/** Choose the two windows, then overlay one column's distributions in them. */
export function CompareView({ postmortemId, evidence, files, pair }: Props) {
  const id = useId();
  const saveWindows = useEvidenceStore((s) => s.saveWindows);
  const error = useEvidenceStore((s) => s.windowErrors[evidence.id] ?? null);
  const zone = useZone(postmortemId);
  const columns = evidence.columns.filter((c) => c.name !== evidence.timeColumn);
  const [column, setColumn] = useState(
    columns.find((c) => c.name === 'amount')?.name ?? columns[0]?.name ?? '',
  );
  const [bins, setBins] = useState(20);
  const whole = { kind: 'evidence' as const, evidenceId: evidence.id };
  const single = pair === null;
  const query: HistogramInput | null = column
    ? {
        evidenceId: evidence.id,
        column,
        baseline: pair?.baseline ?? whole,
        incident: pair?.incident ?? whole,
        bins,
      }
    : null;
  const hist = useAsync(
    query ? JSON.stringify(query) : null,
    () => evidenceApi()['evidence.histogram'](query!),
    'histogram',
  );

  return (
    <div className="ev-compare">
      <WindowPicker
        key={JSON.stringify(pair)}
        evidence={evidence}
        files={files}
        pair={pair}
        zone={zone}
        error={error}
        onApply={(w) => void saveWindows(evidence, w)}
        onForget={() => void saveWindows(evidence, null)}
      />
      <section className="ev-card" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>
          Distribution of {column}
          {single ? ' (all rows)' : ': baseline against incident'}
        </h3>
        <div className="ev-row ev-controls">
          <div className="field">
            <label htmlFor={`${id}-col`}>Column</label>
            <select id={`${id}-col`} value={column} onChange={(e) => setColumn(e.target.value)}>
              {columns.map((c) => (
                <option key={c.name}>{c.name}</option>
              ))}
            </select>
          </div>
          <div className="field ev-narrow">
            <label htmlFor={`${id}-bins`}>Bins (numeric columns)</label>
            <input
              id={`${id}-bins`}
              type="number"
              min={1}
              max={200}
              value={bins}
              onChange={(e) => {
                const n = Math.round(Number(e.target.value));
                if (n >= 1 && n <= 200) setBins(n);
              }}
            />
          </div>
          <PinButton
            postmortemId={postmortemId}
            spec={query ? { kind: 'histogram', query } : null}
            what="histogram"
            defaultCaption={`${column}: baseline against incident.`}
          />
        </div>
        {hist.error && <p className="field-error">{hist.error}</p>}
        {hist.loading && !hist.value && <p className="muted">Computing…</p>}
        {hist.value && <HistogramChart histogram={hist.value} single={single} zone={zone} />}
      </section>
    </div>
  );
}
