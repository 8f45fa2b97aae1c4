import { describe, expect, it } from 'vitest';
import {
  agendaPlannedSeconds,
  defaultAgenda,
  DEFAULT_STEP_MINUTES,
  rescaleAgenda,
  setStepTimebox,
} from '../../../../shared/meeting/agenda';
import { STEP_IDS } from '../../../../shared/meeting/types';

const DIAGNOSIS = STEP_IDS.indexOf('diagnosis');

const sumPlanned = (a: { plannedSeconds: number }[]): number =>
  a.reduce((s, x) => s + x.plannedSeconds, 0);

describe('defaultAgenda', () => {
  it('is the ten steps in method order, 60 minutes, diagnosis the longest', () => {
    const agenda = defaultAgenda();
    expect(agenda.map((s) => s.id)).toEqual([...STEP_IDS]);
    expect(sumPlanned(agenda)).toBe(3600);
    const longest = agenda.reduce((a, b) => (b.plannedSeconds > a.plannedSeconds ? b : a));
    expect(longest.id).toBe('diagnosis');
    expect(agenda.every((s) => s.addedSeconds === 0 && !s.skipped && s.title.length > 0)).toBe(
      true,
    );
    expect(agenda.map((s) => s.plannedSeconds / 60)).toEqual(
      STEP_IDS.map((id) => DEFAULT_STEP_MINUTES[id]),
    );
  });

  it('scales to 45 and 90 minutes in whole minutes, summing exactly', () => {
    for (const total of [45, 90]) {
      const agenda = defaultAgenda(total);
      expect(sumPlanned(agenda)).toBe(total * 60);
      expect(agenda.every((s) => s.plannedSeconds % 60 === 0 && s.plannedSeconds >= 60)).toBe(true);
      const diag = agenda.find((s) => s.id === 'diagnosis')!;
      expect(Math.max(...agenda.map((s) => s.plannedSeconds))).toBe(diag.plannedSeconds);
    }
    expect(defaultAgenda(90).find((s) => s.id === 'diagnosis')!.plannedSeconds).toBe(25 * 60);
  });

  it('throws a clear RangeError on an impossible length', () => {
    expect(() => defaultAgenda(5)).toThrow(/at least 10 minutes/);
    expect(() => defaultAgenda(Number.NaN)).toThrow(/number of minutes/);
    expect(() => defaultAgenda(600)).toThrow(/at most 480/);
  });
});

describe('rescaleAgenda', () => {
  it('sums exactly for every total from 10 to 480 minutes, every step at least a minute', () => {
    const base = defaultAgenda();
    for (let total = 10; total <= 480; total++) {
      const r = rescaleAgenda(base, total);
      if (!r.ok) throw new Error(r.message);
      expect(sumPlanned(r.agenda)).toBe(total * 60);
      expect(r.agenda.every((s) => s.plannedSeconds >= 60 && s.plannedSeconds % 60 === 0)).toBe(
        true,
      );
    }
  });

  it('is proportional: 120 minutes doubles every default step, and rescaling back restores it', () => {
    const doubled = rescaleAgenda(defaultAgenda(), 120);
    if (!doubled.ok) throw new Error(doubled.message);
    expect(doubled.agenda.map((s) => s.plannedSeconds)).toEqual(
      defaultAgenda().map((s) => s.plannedSeconds * 2),
    );
    const back = rescaleAgenda(doubled.agenda, 60);
    if (!back.ok) throw new Error(back.message);
    expect(back.agenda).toEqual(defaultAgenda());
  });

  it('leaves skipped steps alone and spreads the total over the others', () => {
    const agenda = defaultAgenda().map((s) =>
      s.id === 'worked_well' ? { ...s, skipped: true } : s,
    );
    const r = rescaleAgenda(agenda, 50);
    if (!r.ok) throw new Error(r.message);
    expect(agendaPlannedSeconds(r.agenda)).toBe(3000);
    expect(r.agenda.find((s) => s.id === 'worked_well')!.plannedSeconds).toBe(240);
  });

  it('keeps steps before keepBefore and fits the rest, even with odd seconds', () => {
    let agenda = defaultAgenda();
    const set = setStepTimebox(agenda, 0, 185);
    if (!set.ok) throw new Error(set.message);
    agenda = set.agenda;
    const r = rescaleAgenda(agenda, 45, 2);
    if (!r.ok) throw new Error(r.message);
    expect(r.agenda[0]!.plannedSeconds).toBe(185);
    expect(r.agenda[1]!.plannedSeconds).toBe(240);
    expect(sumPlanned(r.agenda)).toBe(2700);
  });

  it('refuses a total that the steps already run exceed, saying why', () => {
    const r = rescaleAgenda(defaultAgenda(), 30, 6);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/too short.*already run take 42 minutes/);
  });

  it('refuses non-integer, NaN and absurd totals', () => {
    for (const bad of [59.5, Number.NaN, Infinity, -60, 0, 9, 481]) {
      const r = rescaleAgenda(defaultAgenda(), bad);
      expect(r.ok, String(bad)).toBe(false);
    }
    const r = rescaleAgenda(defaultAgenda(), 59.5);
    if (!r.ok)
      expect(r.message).toBe('Meeting length must be a whole number of minutes; got 59.5.');
  });
});

describe('setStepTimebox', () => {
  it('sets one step and nothing else', () => {
    const r = setStepTimebox(defaultAgenda(), DIAGNOSIS, 1500);
    if (!r.ok) throw new Error(r.message);
    expect(r.agenda[DIAGNOSIS]!.plannedSeconds).toBe(1500);
    expect(r.agenda.filter((_, i) => i !== DIAGNOSIS)).toEqual(
      defaultAgenda().filter((_, i) => i !== DIAGNOSIS),
    );
  });

  it.each([
    [Number.NaN, /must be a number of seconds; got NaN/],
    [-60, /cannot be negative; got -60 s/],
    [90.5, /whole number of seconds; got 90.5/],
    [30, /at least 60 s .*skip it/],
    [8 * 3600 + 1, /at most 28800 s \(8 hours\); got 28801 s/],
    [Infinity, /must be finite/],
  ])('refuses %s with a message naming the step', (seconds, pattern) => {
    const r = setStepTimebox(defaultAgenda(), DIAGNOSIS, seconds);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(pattern);
      expect(r.message).toContain('Diagnosis: what went wrong');
    }
  });

  it('accepts the 8-hour limit itself and refuses an unknown step', () => {
    expect(setStepTimebox(defaultAgenda(), 0, 28800).ok).toBe(true);
    const r = setStepTimebox(defaultAgenda(), 10, 600);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Step number 10 does not exist; steps are 0 to 9/);
  });
});
