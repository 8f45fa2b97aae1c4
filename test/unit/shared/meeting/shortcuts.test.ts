import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../../../shared/meeting/create';
import {
  commandForShortcut,
  isTypingTarget,
  matchMeetingShortcut,
  MEETING_SHORTCUTS,
  shortcutFor,
  type KeyDescriptor,
} from '../../../../shared/meeting/shortcuts';
import { apply, at, script } from './helpers';

const action = (e: KeyDescriptor, target?: Parameters<typeof matchMeetingShortcut>[1]) =>
  matchMeetingShortcut(e, target)?.action ?? null;

describe('isTypingTarget', () => {
  it.each([
    [{ tagName: 'INPUT' }, true],
    [{ tagName: 'input', type: 'text' }, true],
    [{ tagName: 'INPUT', type: 'number' }, true],
    [{ tagName: 'INPUT', type: 'date' }, true],
    [{ tagName: 'INPUT', type: 'checkbox' }, false],
    [{ tagName: 'INPUT', type: 'Range' }, false],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'DIV', role: 'textbox' }, true],
    [{ tagName: 'DIV' }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'BODY' }, false],
  ])('%o -> %s', (target, expected) => {
    expect(isTypingTarget(target)).toBe(expected);
  });

  it('treats no focused element as not typing', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(undefined)).toBe(false);
  });
});

describe('matchMeetingShortcut', () => {
  it('maps the documented keys', () => {
    expect(action({ key: ' ', code: 'Space' })).toBe('startPauseResume');
    expect(action({ key: 'n' })).toBe('next');
    expect(action({ key: 'N', shiftKey: true })).toBeNull();
    expect(action({ key: 'ArrowRight' })).toBe('next');
    expect(action({ key: 'p' })).toBe('previous');
    expect(action({ key: 'ArrowLeft' })).toBe('previous');
    expect(action({ key: '+', shiftKey: true, code: 'Equal' })).toBe('addOneMinute');
    expect(action({ key: '=', code: 'Equal' })).toBe('addOneMinute');
    expect(action({ key: '+', code: 'NumpadAdd' })).toBe('addOneMinute');
    expect(action({ key: 'm' })).toBe('addOneMinute');
    expect(action({ key: 'M', shiftKey: true })).toBe('addFiveMinutes');
    expect(action({ key: '-' })).toBe('removeOneMinute');
    expect(action({ key: 's' })).toBe('skip');
    expect(action({ key: 'e' })).toBe('end');
    expect(action({ key: '?', shiftKey: true })).toBe('help');
    expect(action({ key: 'x' })).toBeNull();
  });

  it('jumps by physical digit key, including AZERTY and the numpad', () => {
    expect(matchMeetingShortcut({ key: '4', code: 'Digit4' })).toMatchObject({
      action: 'jump',
      stepIndex: 3,
    });
    expect(matchMeetingShortcut({ key: "'", code: 'Digit4' })?.stepIndex).toBe(3);
    expect(matchMeetingShortcut({ key: '9', code: 'Numpad9' })?.stepIndex).toBe(8);
    // The tenth step is 0, the key after 9.
    expect(matchMeetingShortcut({ key: 'à', code: 'Digit0' })?.stepIndex).toBe(9);
    expect(matchMeetingShortcut({ key: '0', code: 'Numpad0' })?.stepIndex).toBe(9);
  });

  it('ignores modified and repeated keys, typing, and Space on a button', () => {
    expect(action({ key: 'n', ctrlKey: true })).toBeNull();
    expect(action({ key: 'n', metaKey: true })).toBeNull();
    expect(action({ key: 'n', altKey: true })).toBeNull();
    expect(action({ key: 'n', repeat: true })).toBeNull();
    expect(action({ key: 'n' }, { tagName: 'TEXTAREA' })).toBeNull();
    expect(action({ key: ' ' }, { tagName: 'BUTTON' })).toBeNull();
    expect(action({ key: ' ' }, { tagName: 'INPUT', type: 'checkbox' })).toBeNull();
    expect(action({ key: 'n' }, { tagName: 'BUTTON' })).toBe('next');
    expect(action({ key: ' ' }, { tagName: 'MAIN' })).toBe('startPauseResume');
  });

  it('every shortcut has a description and displayed keys, no two share a key, E confirms', () => {
    const seen = new Set<string>();
    for (const s of MEETING_SHORTCUTS) {
      expect(s.description.length).toBeGreaterThan(5);
      expect(s.keys.length).toBeGreaterThan(0);
      for (const m of s.match) {
        const id = `${m.key ?? ''}|${m.code ?? ''}|${String(m.shift)}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
    expect(MEETING_SHORTCUTS.find((s) => s.action === 'end')?.confirm).toBe(true);
    expect(MEETING_SHORTCUTS.filter((s) => s.action === 'jump')).toHaveLength(10);
  });
});

describe('commandForShortcut', () => {
  const space = MEETING_SHORTCUTS.find((s) => s.action === 'startPauseResume')!;
  it('Space starts, pauses and resumes, guarded by the revision shown', () => {
    let s = createMeeting();
    expect(commandForShortcut(space, s)).toEqual({ type: 'start', expectedRevision: 0 });
    s = apply(s, commandForShortcut(space, s)!, at(0));
    expect(commandForShortcut(space, s)).toEqual({ type: 'pause', expectedRevision: 1 });
    s = apply(s, commandForShortcut(space, s)!, at(10));
    expect(commandForShortcut(space, s)?.type).toBe('resume');
    s = script(s, [[{ type: 'end' }, 20]]);
    expect(commandForShortcut(space, s)).toBeNull();
  });

  it('builds the other commands, and none for help', () => {
    const s = script(createMeeting(), [[{ type: 'start' }, 0]]);
    const cmd = (a: string) =>
      commandForShortcut(
        MEETING_SHORTCUTS.find((x) => x.action === a)!,
        s,
      );
    expect(cmd('addFiveMinutes')).toEqual({ type: 'addTime', seconds: 300, expectedRevision: 1 });
    expect(cmd('addOneMinute')).toMatchObject({ seconds: 60 });
    expect(cmd('removeOneMinute')).toMatchObject({ seconds: -60 });
    expect(cmd('jump')).toMatchObject({ type: 'jump', stepIndex: 0 });
    expect(cmd('skip')).toMatchObject({ type: 'skip' });
    expect(cmd('help')).toBeNull();
  });
});

describe('shortcutFor (the Meeting menu finds what a click runs)', () => {
  it('finds each action, and a jump by its step', () => {
    for (const shortcut of MEETING_SHORTCUTS) {
      expect(shortcutFor(shortcut.action, shortcut.stepIndex)).toBe(shortcut);
    }
    expect(shortcutFor('jump', 8)?.keys).toEqual(['9']);
    expect(shortcutFor('jump', 9)?.keys).toEqual(['0']);
    expect(shortcutFor('jump', 10)).toBeNull();
  });
});
