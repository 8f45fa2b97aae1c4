import path from 'node:path';
import { failureKind } from '../../db/failure-kind';

export type ImportErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty-file'
  | 'header-only'
  | 'binary'
  | 'invalid-encoding'
  | 'unterminated-quote'
  | 'field-too-large'
  | 'too-many-columns'
  | 'cancelled'
  | 'bad-override'
  | 'stale-staging'
  | 'disk-full'
  | 'internal';

/**
 * The one error the import engine throws. `message` is a complete sentence for the user naming the
 * file (and the row when there is one); `hint` says what to do. Never shows a stack trace to users.
 */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly file: string;
  readonly row: number | undefined;
  readonly hint: string;
  /** For 'invalid-encoding': the encodings the user may choose instead. */
  readonly choices: string[] | undefined;

  constructor(init: {
    code: ImportErrorCode;
    file: string;
    problem: string;
    hint: string;
    row?: number;
    choices?: string[];
  }) {
    const where = init.row !== undefined ? `, row ${init.row}` : '';
    super(`${path.basename(init.file)}${where}: ${init.problem} ${init.hint}`);
    this.name = 'ImportError';
    this.code = init.code;
    this.file = init.file;
    this.row = init.row;
    this.hint = init.hint;
    this.choices = init.choices;
  }

  toJSON(): Record<string, unknown> {
    return {
      code: this.code,
      file: this.file,
      row: this.row,
      message: this.message,
      hint: this.hint,
      choices: this.choices,
    };
  }
}

/** Plain form that crosses the worker boundary. */
export interface ImportErrorData {
  code: ImportErrorCode;
  problem: string;
  hint: string;
  row?: number;
  choices?: string[];
}

export function importErrorFrom(file: string, data: ImportErrorData): ImportError {
  return new ImportError({ file, ...data });
}

/** Any unexpected failure (permissions, disk full...) as one clear ImportError, never a stack. */
export function asImportError(e: unknown, file: string): ImportError {
  if (e instanceof ImportError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  if (failureKind(e) === 'disk_full') {
    return new ImportError({
      code: 'disk-full',
      file,
      problem: `the disk is full (${detail}), so nothing was stored.`,
      hint: 'Free some space on the disk holding the data folder, then import again: the postmortem and its other evidence are safe.',
    });
  }
  return new ImportError({
    code: 'unreadable',
    file,
    problem: `the import failed (${detail}).`,
    hint: 'Check that the file and the evidence folder are readable and writable and the disk has space, then import again.',
  });
}

export function cancelledError(file: string): ImportError {
  return new ImportError({
    code: 'cancelled',
    file,
    problem: 'the import was cancelled; nothing was stored.',
    hint: 'Start the import again when ready.',
  });
}
