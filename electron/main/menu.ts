import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  lockVault: () => void;
  showAbout: () => void;
}

export const LOCK_VAULT_ID = 'lock-vault';

export const menuTemplate = (options: MenuOptions): MenuItemConstructorOptions[] => {
  const mac = options.platform === 'darwin';
  const devOnly: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        { id: LOCK_VAULT_ID, label: 'Lock vault', accelerator: 'CmdOrCtrl+L', click: () => options.lockVault() },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...devOnly,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'help', submenu: [{ label: 'About CVault', click: () => options.showAbout() }] },
  ];
};

export const installMenu = (options: MenuOptions): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
};
