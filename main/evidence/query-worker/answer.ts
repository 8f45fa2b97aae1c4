import { AppError } from '../../../shared/contract/errors';
import type {
  DriftInput,
  HistogramInput,
  PageInput,
  TimeSeriesInput,
} from '../../../shared/evidence';
import { queryTimeOverview } from '../query/change-point';
import { queryDrift } from '../query/drift';
import { queryHistogram } from '../query/histogram';
import { queryPage } from '../query/page';
import type { EvidenceSource } from '../query/source';
import { summarizeColumn } from '../query/summary';
import { queryTimeSeries } from '../query/time-series';
import { failureKind } from '../../db/failure-kind';
import type { SourcePool } from '../service/sources';
import { deserializeError, type FileRef, type QueryMethod } from './protocol';

/**
 * Runs one query on the worker's open files; `files` says where each named evidence id lives. A
 * damaged file is named (by the CSV it came from) with what to do, and closed, so importing the
 * CSV again and asking again works.
 */
export function answerQuery(
  pool: SourcePool,
  method: QueryMethod,
  input: unknown,
  files: Record<string, FileRef>,
): unknown {
  try {
    return answer(pool, method, input, files);
  } catch (error) {
    if (failureKind(error) !== 'damaged') throw error;
    throw damagedEvidence(pool, files, error);
  }
}

function damagedEvidence(pool: SourcePool, files: Record<string, FileRef>, error: unknown) {
  const refs = Object.entries(files).flatMap(([id, ref]) =>
    'file' in ref ? [{ id, ...ref }] : [],
  );
  // Which of the query's files is damaged: the one that fails SQLite's own check.
  const damaged = refs.filter((ref) => !pool.passesCheck(ref.id, ref.file));
  for (const ref of refs) pool.drop(ref.id);
  const named = (damaged.length > 0 ? damaged : refs).map(
    (ref) => `"${ref.name ?? ref.file}" (evidence/${ref.file})`,
  );
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError(
    'unavailable',
    `The evidence file ${named.join(' or ')} is damaged (${reason}): its rows cannot be read. ` +
      'The postmortem and its other evidence are not affected. Delete this evidence and import ' +
      'the CSV again.',
  );
}

function answer(
  pool: SourcePool,
  method: QueryMethod,
  input: unknown,
  files: Record<string, FileRef>,
): unknown {
  const open = (evidenceId: string): EvidenceSource => {
    const ref = files[evidenceId];
    if (!ref) {
      throw new AppError('internal', `The query worker was not told where "${evidenceId}" is.`);
    }
    if ('error' in ref) throw deserializeError(ref.error);
    return pool.get(evidenceId, ref.file, ref.timeZone);
  };
  const zoneOf = (evidenceId: string): string => {
    const ref = files[evidenceId];
    return ref && 'file' in ref && ref.timeZone ? ref.timeZone : 'UTC';
  };
  switch (method) {
    case 'page': {
      const q = input as PageInput;
      return queryPage(open(q.evidenceId), q);
    }
    case 'columnSummary': {
      const q = input as { evidenceId: string; column?: string };
      const source = open(q.evidenceId);
      const columns = q.column === undefined ? source.columns : [source.column(q.column)];
      return columns.map((c) => summarizeColumn(source, c));
    }
    case 'histogram': {
      const q = input as HistogramInput;
      return queryHistogram(open(q.evidenceId), q, open);
    }
    case 'timeSeries': {
      const q = input as TimeSeriesInput;
      return queryTimeSeries(open(q.evidenceId), { ...q, timeZone: zoneOf(q.evidenceId) });
    }
    case 'drift': {
      const q = input as DriftInput;
      return queryDrift(open(q.evidenceId), q, open);
    }
    case 'timeOverview': {
      const q = input as { evidenceId: string };
      return queryTimeOverview(open(q.evidenceId), zoneOf(q.evidenceId));
    }
  }
}
