import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_EVIDENCE } from '../../../../shared/template/demo-evidence';

export const DEMO_CSV_PATH = fileURLToPath(
  new URL(`../../../../resources/demo/${DEMO_EVIDENCE.fileName}`, import.meta.url),
);

export interface DemoCsv {
  header: string[];
  rows: Record<string, string>[];
}

/** The demo file has no quoted fields (the generator guarantees it), so a plain split reads it. */
export function readDemoCsv(path = DEMO_CSV_PATH): DemoCsv {
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  const header = (lines[0] ?? '').split(',');
  const rows = lines.slice(1).map((line, index) => {
    const cells = line.split(',');
    if (cells.length !== header.length) {
      throw new Error(
        `${path} row ${index + 2}: ${cells.length} fields, expected ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  });
  return { header, rows };
}

export function inWindow(
  rows: Record<string, string>[],
  window: { start: string; end: string },
): Record<string, string>[] {
  const start = Date.parse(window.start);
  const end = Date.parse(window.end);
  return rows.filter((row) => {
    const at = Date.parse(row.timestamp ?? '');
    return at >= start && at < end;
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const share = (
  rows: Record<string, string>[],
  test: (row: Record<string, string>) => boolean,
) => rows.filter(test).length / rows.length;
