import { useEffect, useMemo, useState } from 'react';
import type { MeetingRecord } from '../../../../shared/contract/meeting';
import type { Postmortem } from '../../../../shared/domain';
import {
  deriveMeetingClock,
  monotonicNow,
  type MeetingClock,
  type MeetingState,
} from '../../../../shared/meeting';
import { useDocumentSync, useSnapshot } from '../../data/hooks';
import { subscribeToMeetings, useMeetingStore } from './store';

/** The meeting of a postmortem, loaded once and then kept live by meeting.changed. */
export function useMeeting(postmortemId: string): {
  record: MeetingRecord | null;
  error: string | null;
} {
  const record = useMeetingStore((s) => s.records[postmortemId] ?? null);
  const error = useMeetingStore((s) => s.loadErrors[postmortemId] ?? null);
  useEffect(() => {
    subscribeToMeetings();
    void useMeetingStore.getState().load(postmortemId);
    // A window that was hidden may have missed pushes (sleep, a dropped event stream).
    const onVisible = () => {
      if (document.visibilityState === 'visible')
        void useMeetingStore.getState().load(postmortemId);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [postmortemId]);
  return { record, error };
}

/**
 * The postmortem as this window shows it, kept live by the back end's events: the same server
 * state the editor uses (renderer/src/data), so a capture or an edit appears everywhere at once.
 */
export function useLiveDocument(postmortemId: string): {
  doc: Postmortem | null;
  error: string | null;
} {
  const sync = useDocumentSync(postmortemId);
  const doc = useSnapshot((s) => s.doc, sync);
  const error = useSnapshot((s) => s.loadError, sync);
  return { doc, error };
}

export const TICK_MS = 250;

/**
 * Every figure of the meeting at the window's clock, refreshed four times a second. The clock is
 * kept non-decreasing (monotonicNow), so a clock set back never shows time going backwards.
 */
export function useMeetingClock(record: { state: MeetingState } | null): MeetingClock | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(
      () => setNow((previous) => monotonicNow(previous, Date.now())),
      TICK_MS,
    );
    return () => clearInterval(timer);
  }, []);
  return useMemo(() => (record ? deriveMeetingClock(record.state, now) : null), [record, now]);
}
