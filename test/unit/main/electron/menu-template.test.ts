import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../../main/electron/menu-template';

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
  };

  it('has File, Edit, View, Window and Help with the usual roles', () => {
    const menu = menuTemplate(actions, { isMac: false, isDevelopment: false, appName: 'PS' });
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
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
    (item?.click as () => void)();
    expect(calls).toEqual(['new']);
  });
});
