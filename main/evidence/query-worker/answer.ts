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
import type { SourcePool } from '../service/sources';
import { deserializeError, type FileRef, type QueryMethod } from './protocol';

/** Runs one query on the worker's open files; `files` says where each named evidence id lives. */
export function answerQuery(
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
    return pool.get(evidenceId, ref.file);
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
      return queryTimeSeries(open(q.evidenceId), q);
    }
    case 'drift': {
      const q = input as DriftInput;
      return queryDrift(open(q.evidenceId), q, open);
    }
    case 'timeOverview': {
      const q = input as { evidenceId: string };
      return queryTimeOverview(open(q.evidenceId));
    }
  }
}
