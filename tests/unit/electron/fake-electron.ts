/**
 * A hand-written stand-in for the 'electron' module (the binary cannot run here). Tests mock
 * 'electron' with this file and drive or inspect its objects; resetFakeElectron() between tests.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

let nextId = 1;

export class FakeWebFrame {
  readonly processId: number;
  readonly routingId: number;
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {
    this.processId = 1;
    this.routingId = nextId++;
  }
}

export interface WindowOpenDetails {
  url: string;
}
type WindowOpenHandler = (details: WindowOpenDetails) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  mainFrame = new FakeWebFrame('app://cvault/index.html');
  windowOpenHandler: WindowOpenHandler | undefined;
  destroyed = false;
  readonly send = vi.fn();
  readonly loadURL = vi.fn((url: string) => {
    this.mainFrame.url = url;
    return Promise.resolve();
  });
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  constructor(public readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', { preventDefault: vi.fn() }, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  gotLock = true;
  readonly paths = new Map<string, string>();
  name = 'cvault';
  readonly requestSingleInstanceLock = vi.fn(() => this.gotLock);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());
  readonly showAboutPanel = vi.fn();
  readonly setAboutPanelOptions = vi.fn();
  readonly setName = vi.fn((name: string) => {
    this.name = name;
  });
  readonly setPath = vi.fn((key: string, value: string) => {
    this.paths.set(key, value);
  });
  getName(): string {
    return this.name;
  }
  getVersion(): string {
    return '0.1.0';
  }
  getPath(key: string): string {
    return this.paths.get(key) ?? `/fake/${key}`;
  }
}
export const app = new FakeApp();

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  readonly handle = vi.fn((channel: string, handler: InvokeHandler) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  });
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
  readonly on = vi.fn();
}
export const ipcMain = new FakeIpcMain();

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
class FakeProtocol {
  readonly privileged: unknown[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  readonly registerSchemesAsPrivileged = vi.fn((schemes: unknown[]) => {
    this.privileged.push(...schemes);
  });
  readonly handle = vi.fn((scheme: string, handler: ProtocolHandler) => {
    this.handlers.set(scheme, handler);
  });
}
export const protocol = new FakeProtocol();

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]>; cancel?: boolean }) => void,
) => void;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | undefined;
  headersListener: HeadersListener | undefined;
  beforeRequestListener: BeforeRequestListener | undefined;
  readonly webRequest = {
    onHeadersReceived: vi.fn((listener: HeadersListener) => {
      this.headersListener = listener;
    }),
    onBeforeRequest: vi.fn((listener: BeforeRequestListener) => {
      this.beforeRequestListener = listener;
    }),
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermissionHandler = handler;
  }
}
export const session = { defaultSession: new FakeSession() };

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const dialog = { showErrorBox: vi.fn() };
export const shell = { openExternal: vi.fn(() => Promise.resolve()) };
export const net = { fetch: vi.fn() };
export const powerMonitor = new EventEmitter();

export const contextBridge = { exposeInMainWorld: vi.fn() };

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn((_channel: string, _input: unknown): Promise<unknown> => Promise.resolve({ ok: true, value: {} }));
  readonly send = vi.fn();
  readonly sendSync = vi.fn();
}
export const ipcRenderer = new FakeIpcRenderer();

/** Fresh state for the next test (module-level objects stay the same instances). */
export const resetFakeElectron = (): void => {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.isPackaged = false;
  app.gotLock = true;
  app.paths.clear();
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  session.defaultSession = new FakeSession();
  powerMonitor.removeAllListeners();
  ipcRenderer.removeAllListeners();
};

export default {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  session,
  Menu,
  dialog,
  shell,
  net,
  powerMonitor,
  contextBridge,
  ipcRenderer,
};
