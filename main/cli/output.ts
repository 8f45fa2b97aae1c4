import type { DriftRow } from '../../shared/evidence';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

const fmt = (v: number | null, digits = 4) =>
  v === null ? '-' : Number(v.toPrecision(digits)).toString();
const pct = (v: number | null) => (v === null ? '-' : `${(v * 100).toFixed(1)}%`);

/** The drift table as aligned text, for a terminal. */
export function driftText(rows: DriftRow[]): string {
  const header = [
    'column',
    'kind',
    'measure',
    'value',
    'threshold',
    'drift',
    'missing b→i',
    'notes',
  ];
  const lines = rows.map((r) => [
    r.column,
    r.kind,
    r.decidingMeasure ?? '-',
    fmt(r.decidingValue),
    fmt(r.threshold),
    r.drift ? 'DRIFT' : '',
    `${pct(r.missingShareBaseline)} → ${pct(r.missingShareIncident)}`,
    notes(r),
  ]);
  return table([header, ...lines]);
}

function notes(r: DriftRow): string {
  const out: string[] = [];
  if (r.skippedReason) out.push(r.skippedReason);
  if (r.unseenCategories.length) out.push(`new: ${r.unseenCategories.slice(0, 5).join(', ')}`);
  if (r.outOfRangeShare) out.push(`${pct(r.outOfRangeShare)} outside baseline range`);
  if (r.typeChanged) out.push('type changed');
  if (r.constantInIncident) out.push('constant in incident');
  if (r.newModelVersions?.length) out.push(`new model versions: ${r.newModelVersions.join(', ')}`);
  if (r.smallSample) out.push('small sample');
  return out.join('; ');
}

export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return (
    rows
      .map((row) =>
        row
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}
