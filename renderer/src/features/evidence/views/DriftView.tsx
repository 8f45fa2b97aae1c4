import { useId } from 'react';
import {
  driftCorrections,
  type DriftInput,
  type EvidenceInfo,
} from '../../../../../shared/evidence';
import { evidenceApi } from '../api';
import { originText, windowLabel } from '../compare/windows';
import { CORRECTION_LABELS } from '../drift/drift-text';
import { ColumnRoles } from '../drift/ColumnRoles';
import { DriftTableView } from '../drift/DriftTableView';
import { QualityFindings } from '../drift/QualityFindings';
import { PinButton } from '../pin/PinButton';
import { useEvidenceStore, useZone, type WindowPair } from '../store';
import { useAsync } from '../use-async';

interface Props {
  postmortemId: string;
  evidence: EvidenceInfo;
  files: EvidenceInfo[];
  pair: WindowPair | null;
}

export function DriftView({ postmortemId, evidence, files, pair }: Props) {
  const id = useId();
  const correction = useEvidenceStore((s) => s.correction);
  const setCorrection = useEvidenceStore((s) => s.setCorrection);
  const zone = useZone(postmortemId);
  // The roles travel with the question, so a changed role is a new question (answers are cached).
  const roles = Object.fromEntries(evidence.columns.map((c) => [c.name, c.role]));
  const query: DriftInput | null = pair
    ? {
        evidenceId: evidence.id,
        baseline: pair.baseline,
        incident: pair.incident,
        roles,
        correction,
        alpha: 0.05,
      }
    : null;
  const roleError = useEvidenceStore((s) => s.windowErrors[evidence.id] ?? null);
  const drift = useAsync(
    query ? JSON.stringify(query) : null,
    () => evidenceApi()['evidence.drift'](query!),
    'drift',
  );

  if (!pair) {
    return (
      <p className="ev-note">Choose a baseline and an incident under “Compare windows” first.</p>
    );
  }

  return (
    <div className="ev-drift-layout">
      <section className="ev-card" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>Drift per column</h3>
        <p className="ev-note">
          Baseline: {windowLabel(pair.baseline, files, zone)}. Incident:{' '}
          {windowLabel(pair.incident, files, zone)}. {originText(pair, zone)}
          {pair.origin !== 'saved' && ' Choose or keep them under “Compare windows”.'}
        </p>
        <ColumnRoles evidence={evidence} />
        {roleError && <p className="field-error">{roleError}</p>}
        <div className="ev-row ev-controls">
          <fieldset>
            <legend className="field-label">Multiple-testing correction</legend>
            <div className="radio-row">
              {driftCorrections.map((c) => (
                <label key={c} className="radio-pill">
                  <input
                    type="radio"
                    name={`${id}-corr`}
                    checked={correction === c}
                    onChange={() => setCorrection(c)}
                  />
                  {CORRECTION_LABELS[c]}
                </label>
              ))}
            </div>
          </fieldset>
          <PinButton
            postmortemId={postmortemId}
            spec={query ? { kind: 'drift-table', query } : null}
            what="drift table"
            defaultCaption="Every column, baseline against incident."
          />
        </div>
        {drift.error && <p className="field-error">{drift.error}</p>}
        {drift.loading && (
          <p className="muted" role="status">
            Computing drift over every column…
          </p>
        )}
        {drift.value && <DriftTableView table={drift.value} />}
      </section>
      {drift.value && <QualityFindings rows={drift.value.columns} />}
    </div>
  );
}
