import type { PinSpec } from '../../shared/evidence';
import {
  reportSource,
  type PinResult,
  type PinWithOutcome,
  type ReportSource,
} from '../../shared/report';
import type { ContractCaller } from './caller';

export type Progress = (done: number, total: number, stage: string) => void;

async function computePin(call: ContractCaller, spec: PinSpec): Promise<PinResult> {
  switch (spec.kind) {
    case 'histogram':
      return { kind: 'histogram', result: await call('evidence.histogram', spec.query) };
    case 'time-series':
      return { kind: 'time-series', result: await call('evidence.timeSeries', spec.query) };
    case 'drift-table':
      return { kind: 'drift-table', result: await call('evidence.drift', spec.query) };
  }
}

/**
 * Everything the report shows, read through the contract: the postmortem, its meeting log, its
 * actions' follow-up review outcomes, its evidence files and its pins recomputed from their specs
 * (one failing pin is reported in its figure, never fails the report).
 */
export async function gatherReportSource(
  call: ContractCaller,
  postmortemId: string,
  progress: Progress = () => {},
): Promise<ReportSource> {
  const postmortem = await call('postmortems.get', { id: postmortemId });
  const [meeting, evidence, pins, reviews] = await Promise.all([
    call('meeting.log', { postmortemId }),
    call('evidence.list', { postmortemId }),
    call('pins.list', { postmortemId }),
    call('reviews.history', { postmortemId }),
  ]);
  const computed: PinWithOutcome[] = [];
  progress(0, pins.length, 'Recomputing the pinned evidence');
  for (const [i, pin] of pins.entries()) {
    try {
      computed.push({ pin, outcome: { ok: true, value: await computePin(call, pin.spec) } });
    } catch (error) {
      computed.push({
        pin,
        outcome: { ok: false, message: error instanceof Error ? error.message : String(error) },
      });
    }
    progress(i + 1, pins.length, 'Recomputing the pinned evidence');
  }
  return reportSource(postmortem, {
    meeting: {
      log: meeting.log,
      attendance: meeting.attendance,
      followUpDate: meeting.followUpDate,
    },
    pins: computed,
    evidenceFiles: Object.fromEntries(evidence.map((e) => [e.id, e.fileName])),
    reviews,
  });
}
