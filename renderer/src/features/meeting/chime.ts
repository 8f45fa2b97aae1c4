import { useEffect, useRef, useState } from 'react';
import type { MeetingClock, StepPhase } from '../../../../shared/meeting';

const STORAGE_KEY = 'postmortem-studio.meeting-chime';
let context: AudioContext | null = null;

/**
 * A short two-tone chime synthesised on the spot (no audio file, no network). Lower for the
 * one-minute warning, higher for the overrun. Silently does nothing where Web Audio is missing.
 */
export function playChime(kind: 'warning' | 'overrun'): void {
  const Ctor = window.AudioContext;
  if (!Ctor) return;
  try {
    context ??= new Ctor();
    const ctx = context;
    if (ctx.state === 'suspended') void ctx.resume();
    const notes = kind === 'warning' ? [660, 880] : [880, 660, 880];
    notes.forEach((frequency, i) => {
      const start = ctx.currentTime + i * 0.18;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.16);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.17);
    });
  } catch {
    // A chime is a courtesy; the phase is always shown as text.
  }
}

/** The chime preference of this computer; off by default. */
export function useChimePreference(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => window.localStorage.getItem(STORAGE_KEY) === 'on');
  const update = (value: boolean) => {
    setOn(value);
    // Turned on by a click: the audio context may start now, and the room hears what to expect.
    if (value) playChime('warning');
    if (value) window.localStorage.setItem(STORAGE_KEY, 'on');
    else window.localStorage.removeItem(STORAGE_KEY);
  };
  return [on, update];
}

/**
 * Chimes when the running step crosses into its last minute or past its end while this window
 * watches; not on load, not after a jump to a step that is already late.
 */
export function useChimeOnPhase(clock: MeetingClock | null, enabled: boolean): void {
  const last = useRef<{ step: number; phase: StepPhase } | null>(null);
  const phase = clock?.current.phase;
  const step = clock?.current.index;
  const running = clock?.status === 'running';
  useEffect(() => {
    if (phase === undefined || step === undefined) return;
    const previous = last.current;
    last.current = { step, phase };
    if (!enabled || !running || !previous || previous.step !== step) return;
    if (previous.phase === 'ok' && phase === 'warning') playChime('warning');
    if (previous.phase !== 'overrun' && phase === 'overrun') playChime('overrun');
  }, [phase, step, running, enabled]);
}
