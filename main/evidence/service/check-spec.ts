import { AppError } from '../../../shared/contract/errors';
import type { EvidenceWindowSpec, PinSpec } from '../../../shared/evidence';
import type { RegisteredEvidence } from './registry';

/**
 * A pin must name evidence of its own postmortem and columns that exist, so that it can always be
 * recomputed; the query itself runs when the pin is shown.
 */
export function checkPinSpec(
  spec: PinSpec,
  postmortemId: string,
  find: (id: string) => RegisteredEvidence | null,
): void {
  const main = evidenceOf(spec.query.evidenceId, postmortemId, find);
  const columns: string[] = [];
  const windows: EvidenceWindowSpec[] = [];
  if (spec.kind === 'histogram') {
    columns.push(spec.query.column);
    windows.push(spec.query.baseline, spec.query.incident);
  } else if (spec.kind === 'time-series') {
    if (spec.query.column) columns.push(spec.query.column);
    if (spec.query.timeColumn) columns.push(spec.query.timeColumn);
  } else {
    columns.push(...(spec.query.columns ?? []));
    windows.push(spec.query.baseline, spec.query.incident);
  }
  for (const w of windows) {
    if (w.kind === 'evidence') evidenceOf(w.evidenceId, postmortemId, find);
    else columns.push(w.column);
  }
  const known = new Set(main.columns.map((c) => c.name));
  for (const name of columns) {
    if (!known.has(name)) {
      throw new AppError(
        'invalid_input',
        `The evidence "${main.fileName}" has no column "${name}".`,
        [{ path: 'spec.query', message: `Unknown column "${name}".` }],
      );
    }
  }
}

function evidenceOf(
  id: string,
  postmortemId: string,
  find: (id: string) => RegisteredEvidence | null,
): RegisteredEvidence {
  const found = find(id);
  if (!found || found.postmortemId !== postmortemId) {
    throw new AppError(
      'invalid_input',
      `The pin names evidence "${id}", which this postmortem does not have.`,
      [{ path: 'spec.query.evidenceId', message: 'Unknown evidence.' }],
    );
  }
  return found;
}
