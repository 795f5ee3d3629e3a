import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMenu, LOCK_VAULT_ID, menuTemplate, type MenuOptions } from '../../../electron/main/menu';
import { Menu, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const options = (over: Partial<MenuOptions> = {}): MenuOptions => ({
  isPackaged: true,
  platform: 'linux',
  lockVault: vi.fn(),
  showAbout: vi.fn(),
  ...over,
});

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

const roles = (items: MenuItemConstructorOptions[]) => flatten(items).map((i) => i.role).filter(Boolean);

describe('application menu', () => {
  beforeEach(resetFakeElectron);

  it('has File (Lock vault, Quit), Edit, View and Help', () => {
    const template = menuTemplate(options());
    expect(template.map((i) => i.label ?? i.role)).toEqual(['File', 'editMenu', 'View', 'help']);
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.map((i) => i.label ?? i.role ?? i.type)).toEqual(['Lock vault', 'separator', 'quit']);
  });

  it('Lock vault and About call their actions', () => {
    const o = options();
    const items = flatten(menuTemplate(o));
    const click = (item: MenuItemConstructorOptions | undefined) =>
      (item?.click as unknown as (() => void) | undefined)?.();
    click(items.find((i) => i.id === LOCK_VAULT_ID));
    click(items.find((i) => i.label === 'About CVault'));
    expect(o.lockVault).toHaveBeenCalledTimes(1);
    expect(o.showAbout).toHaveBeenCalledTimes(1);
  });

  it('offers reload and dev tools only when not packaged', () => {
    expect(roles(menuTemplate(options({ isPackaged: true })))).not.toEqual(expect.arrayContaining(['reload']));
    expect(roles(menuTemplate(options({ isPackaged: true })))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate(options({ isPackaged: false })))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('starts with the app menu on macOS', () => {
    expect(menuTemplate(options({ platform: 'darwin' }))[0]).toEqual({ role: 'appMenu' });
  });

  it('is installed as the application menu', () => {
    installMenu(options());
    expect(Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});
