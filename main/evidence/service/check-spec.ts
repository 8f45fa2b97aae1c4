import { AppError } from '../../../shared/contract/errors';
import type { EvidenceWindowSpec, PinSpec } from '../../../shared/evidence';
import type { RegisteredEvidence } from './registry';

type Find = (id: string) => RegisteredEvidence | null;

/**
 * A pin must name evidence of its own postmortem and columns that exist, so that it can always be
 * recomputed; the query itself runs when the pin is shown.
 */
export function checkPinSpec(spec: PinSpec, postmortemId: string, find: Find): void {
  const main = evidenceOf(spec.query.evidenceId, postmortemId, find);
  const columns: string[] = [];
  if (spec.kind === 'histogram') {
    columns.push(spec.query.column);
    columns.push(...windowColumns([spec.query.baseline, spec.query.incident], postmortemId, find));
  } else if (spec.kind === 'time-series') {
    if (spec.query.column) columns.push(spec.query.column);
    if (spec.query.timeColumn) columns.push(spec.query.timeColumn);
  } else {
    columns.push(...(spec.query.columns ?? []));
    columns.push(...windowColumns([spec.query.baseline, spec.query.incident], postmortemId, find));
  }
  requireColumns(main, columns, 'spec.query');
}

/**
 * Windows saved for a file name columns of that file (a time window its time column) and
 * other files of the same postmortem only, so the comparison can be recomputed on reopening.
 */
export function checkWindows(
  main: RegisteredEvidence,
  windows: { baseline: EvidenceWindowSpec; incident: EvidenceWindowSpec },
  find: Find,
): void {
  const pair = [windows.baseline, windows.incident];
  requireColumns(main, windowColumns(pair, main.postmortemId, find, 'windows'), 'windows');
  for (const w of pair) {
    if (w.kind !== 'time') continue;
    const column = main.columns.find((c) => c.name === w.column);
    if (column?.type !== 'instant') {
      throw new AppError(
        'invalid_input',
        `The column "${w.column}" of "${main.fileName}" does not hold instants, so it cannot cut a time window.`,
        [{ path: 'windows', message: `"${w.column}" is not a date/time column.` }],
      );
    }
  }
}

/** Columns the windows cut on; a window naming another file must be of the same postmortem. */
function windowColumns(
  windows: EvidenceWindowSpec[],
  postmortemId: string,
  find: Find,
  path?: string,
): string[] {
  const columns: string[] = [];
  for (const w of windows) {
    if (w.kind === 'evidence') evidenceOf(w.evidenceId, postmortemId, find, path);
    else columns.push(w.column);
  }
  return columns;
}

function requireColumns(main: RegisteredEvidence, columns: string[], path: string): void {
  const known = new Set(main.columns.map((c) => c.name));
  for (const name of columns) {
    if (!known.has(name)) {
      throw new AppError(
        'invalid_input',
        `The evidence "${main.fileName}" has no column "${name}".`,
        [{ path, message: `Unknown column "${name}".` }],
      );
    }
  }
}

function evidenceOf(
  id: string,
  postmortemId: string,
  find: Find,
  path = 'spec.query.evidenceId',
): RegisteredEvidence {
  const found = find(id);
  if (!found || found.postmortemId !== postmortemId) {
    const who = path === 'windows' ? 'A window' : 'The pin';
    throw new AppError(
      'invalid_input',
      `${who} names evidence "${id}", which this postmortem does not have.`,
      [{ path, message: 'Unknown evidence.' }],
    );
  }
  return found;
}
