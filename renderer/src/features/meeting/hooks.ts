import { useEffect, useMemo, useState } from 'react';
import type { MeetingRecord } from '../../../../shared/contract/meeting';
import type { Postmortem } from '../../../../shared/domain';
import { deriveMeetingClock, monotonicNow, type MeetingClock } from '../../../../shared/meeting';
import { getApi, onEvent } from '../../api';
import { errorText, subscribeToMeetings, useMeetingStore } from './store';

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

/** The stored postmortem, read-only, reloaded whenever any window saves it or a capture lands. */
export function useLiveDocument(postmortemId: string): {
  doc: Postmortem | null;
  error: string | null;
} {
  const [doc, setDoc] = useState<Postmortem | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    let latest = -1;
    const load = () =>
      getApi()
        ['postmortems.get']({ id: postmortemId })
        .then((stored) => {
          if (!alive || stored.revision < latest) return;
          latest = stored.revision;
          setDoc(stored);
          setError(null);
        })
        .catch((e: unknown) => alive && setError(errorText(e)));
    void load();
    const off = onEvent('postmortem.changed', ({ id, revision }) => {
      if (id === postmortemId && revision > latest) void load();
    });
    return () => {
      alive = false;
      off();
    };
  }, [postmortemId]);
  return { doc, error };
}

export const TICK_MS = 250;

/**
 * Every figure of the meeting at the window's clock, refreshed four times a second. The clock is
 * kept non-decreasing (monotonicNow), so a clock set back never shows time going backwards.
 */
export function useMeetingClock(record: MeetingRecord | null): MeetingClock | null {
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
