import type { MeetingEvent, MeetingStatus } from './types';

/** What the event log says, folded once; figures at a given `now` come from timingsAt. */
export interface MeetingReplay {
  status: MeetingStatus;
  currentStepIndex: number;
  startedAt: number | null;
  endedAt: number | null;
  lastEventAt: number | null;
  /** Start of the pause in progress, if paused. */
  pausedSince: number | null;
  /** Milliseconds of pauses already resumed. */
  closedPausedMs: number;
  /** Running milliseconds per step from closed segments (the open one is added by timingsAt). */
  closedStepMs: number[];
  /** Start of the running segment of the current step, if running. */
  segmentStart: number | null;
  /** How many times each step was entered (start counts as entering the first step). */
  visits: number[];
  /** Sum of timeAdded seconds per step. */
  addedSeconds: number[];
  /** Inconsistencies found (events out of order, pause while paused...); empty for a sound log. */
  problems: string[];
}

export function replayEvents(events: readonly MeetingEvent[], stepCount: number): MeetingReplay {
  const r: MeetingReplay = {
    status: 'planned',
    currentStepIndex: 0,
    startedAt: null,
    endedAt: null,
    lastEventAt: null,
    pausedSince: null,
    closedPausedMs: 0,
    closedStepMs: new Array<number>(stepCount).fill(0),
    segmentStart: null,
    visits: new Array<number>(stepCount).fill(0),
    addedSeconds: new Array<number>(stepCount).fill(0),
    problems: [],
  };
  const closeSegment = (at: number): void => {
    if (r.segmentStart !== null) {
      r.closedStepMs[r.currentStepIndex]! += Math.max(0, at - r.segmentStart);
      r.segmentStart = null;
    }
  };
  events.forEach((e, n) => {
    const where = `event ${n} (${e.type})`;
    if (r.lastEventAt !== null && e.at < r.lastEventAt) {
      r.problems.push(`${where} is earlier than the event before it.`);
    }
    if (e.type !== 'started' && r.status === 'planned') {
      r.problems.push(`${where} comes before the meeting started.`);
      return;
    }
    if (r.status === 'ended') {
      r.problems.push(`${where} comes after the meeting ended.`);
      return;
    }
    if ('stepIndex' in e && e.stepIndex >= stepCount) {
      r.problems.push(`${where} names step ${e.stepIndex}, which does not exist.`);
      return;
    }
    r.lastEventAt = r.lastEventAt === null ? e.at : Math.max(r.lastEventAt, e.at);
    switch (e.type) {
      case 'started':
        if (r.status !== 'planned') {
          r.problems.push(`${where}: the meeting had already started.`);
          return;
        }
        r.status = 'running';
        r.startedAt = e.at;
        r.currentStepIndex = e.stepIndex;
        r.visits[e.stepIndex]! += 1;
        r.segmentStart = e.at;
        return;
      case 'paused':
        if (r.status !== 'running') r.problems.push(`${where}: the meeting was not running.`);
        closeSegment(e.at);
        r.status = 'paused';
        r.pausedSince ??= e.at;
        return;
      case 'resumed':
        if (r.status !== 'paused' || r.pausedSince === null) {
          r.problems.push(`${where}: the meeting was not paused.`);
          return;
        }
        r.closedPausedMs += Math.max(0, e.at - r.pausedSince);
        r.pausedSince = null;
        r.status = 'running';
        r.segmentStart = e.at;
        return;
      case 'stepEntered': {
        if (e.from !== r.currentStepIndex) {
          r.problems.push(
            `${where} leaves step ${e.from} but step ${r.currentStepIndex} was current.`,
          );
        }
        const running = r.segmentStart !== null;
        closeSegment(e.at);
        r.currentStepIndex = e.stepIndex;
        r.visits[e.stepIndex]! += 1;
        if (running) r.segmentStart = e.at;
        return;
      }
      case 'timeAdded':
        r.addedSeconds[e.stepIndex]! += e.seconds;
        return;
      case 'skipped':
      case 'unskipped':
        return;
      case 'ended':
        closeSegment(e.at);
        if (r.pausedSince !== null) {
          r.closedPausedMs += Math.max(0, e.at - r.pausedSince);
          r.pausedSince = null;
        }
        r.status = 'ended';
        r.endedAt = e.at;
        return;
    }
  });
  return r;
}

export interface MeetingTimings {
  /** `now` clamped so that it is never before the last recorded event (clock went backwards). */
  effectiveNow: number;
  stepMs: number[];
  activeMs: number;
  pausedMs: number;
  /** Wall time from start to now (or to the end). */
  wallMs: number;
}

/** Running time per step, pauses and wall time at `nowMs`, from a replay. */
export function timingsAt(r: MeetingReplay, nowMs: number): MeetingTimings {
  const floor = r.lastEventAt ?? -Infinity;
  const safeNow = Number.isFinite(nowMs) ? nowMs : (r.lastEventAt ?? 0);
  const effectiveNow = r.endedAt ?? Math.max(safeNow, floor);
  const stepMs = [...r.closedStepMs];
  if (r.segmentStart !== null) {
    stepMs[r.currentStepIndex]! += Math.max(0, effectiveNow - r.segmentStart);
  }
  const openPause = r.pausedSince === null ? 0 : Math.max(0, effectiveNow - r.pausedSince);
  const pausedMs = r.closedPausedMs + openPause;
  const activeMs = stepMs.reduce((a, b) => a + b, 0);
  const wallMs = r.startedAt === null ? 0 : Math.max(0, effectiveNow - r.startedAt);
  return { effectiveNow, stepMs, activeMs, pausedMs, wallMs };
}
