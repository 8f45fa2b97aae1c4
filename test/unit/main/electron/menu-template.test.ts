import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../../main/electron/menu-template';
import { MEETING_SHORTCUTS } from '../../../../shared/meeting';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

describe('menuTemplate', () => {
  const calls: string[] = [];
  const actions = {
    newPostmortem: () => calls.push('new'),
    showDataFolder: () => calls.push('folder'),
    meetingShortcut: ({ action, stepIndex }: { action: string; stepIndex?: number }) =>
      calls.push(`meeting:${action}${stepIndex === undefined ? '' : `:${stepIndex}`}`),
  };

  it('has File, Edit, View, Window and Help with the usual roles', () => {
    const menu = menuTemplate(actions, { isMac: false, isDevelopment: false, appName: 'PS' });
    expect(menu.map((m) => m.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Meeting',
      '&Window',
      '&Help',
    ]);
    const roles = flatten(menu)
      .map((item) => item.role)
      .filter(Boolean);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'close']) {
      expect(roles).toContain(role);
    }
    expect(roles).toContain('quit');
    expect(roles).toContain('togglefullscreen');
    expect(roles).toContain('zoomIn');
  });

  it('offers devtools only in development', () => {
    const roles = (isDevelopment: boolean) =>
      flatten(menuTemplate(actions, { isMac: false, isDevelopment, appName: 'PS' })).map(
        (item) => item.role,
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS, with Quit there', () => {
    const menu = menuTemplate(actions, { isMac: true, isDevelopment: false, appName: 'PS' });
    expect(menu[0]?.label).toBe('PS');
    expect(flatten(menu).filter((item) => item.role === 'quit')).toHaveLength(1);
  });

  it('wires New postmortem to Ctrl/Cmd+N and its action', () => {
    const menu = menuTemplate(actions, { isMac: false, isDevelopment: false, appName: 'PS' });
    const item = flatten(menu).find((i) => i.label === 'New postmortem');
    expect(item?.accelerator).toBe('CmdOrCtrl+N');
    calls.length = 0;
    (item?.click as () => void)();
    expect(calls).toEqual(['new']);
  });

  it('lists every meeting shortcut under Meeting, shown but never registered', () => {
    const menu = menuTemplate(actions, { isMac: false, isDevelopment: false, appName: 'PS' });
    const meeting = menu.find((m) => m.label === '&Meeting');
    const items = flatten((meeting?.submenu ?? []) as MenuItemConstructorOptions[]).filter(
      (i) => i.click,
    );
    expect(items).toHaveLength(MEETING_SHORTCUTS.length);
    for (const shortcut of MEETING_SHORTCUTS) {
      const item = items.find((i) => i.label?.startsWith(shortcut.description));
      expect(item, shortcut.description).toBeDefined();
      // A registered single-key accelerator would swallow that key in every text field.
      if (item?.accelerator) expect(item.registerAccelerator).toBe(false);
      else expect(item?.label).toContain(shortcut.keys[0]);
    }
    const next = items.find((i) => i.label === 'Next step');
    expect(next?.accelerator).toBe('N');
    // The shared screen's keys: a clicker's Page Down / Page Up, J and K.
    expect(items.find((i) => i.label === 'Shared screen: next page')?.accelerator).toBe('PageDown');
    expect(items.find((i) => i.label === 'Shared screen: previous page')?.accelerator).toBe(
      'PageUp',
    );
    expect(
      items.find((i) => i.label?.startsWith('Shared screen: highlight the next'))?.accelerator,
    ).toBe('J');
    calls.length = 0;
    (next?.click as () => void)();
    (items.find((i) => i.label?.startsWith('Go to step 4'))?.click as () => void)();
    expect(calls).toEqual(['meeting:next', 'meeting:jump:3']);
  });
});
