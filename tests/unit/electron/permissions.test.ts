import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { denyAllPermissions } from '../../../electron/main/permissions';
import { blockRemoteRequests, isAllowedRequest } from '../../../electron/main/requests';
import { FakeSession, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('permissions', () => {
  beforeEach(resetFakeElectron);

  it('denies every permission request and check', () => {
    const ses = new FakeSession();
    denyAllPermissions(ses as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      ses.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(ses.permissionCheckHandler?.({}, permission, 'app://cvault', {})).toBe(false);
    }
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });
});

describe('remote requests', () => {
  it('allows only the app itself and local data', () => {
    expect(isAllowedRequest('app://cvault/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://cvault/1234')).toBe(true);
    for (const url of ['https://example.com/x.js', 'http://127.0.0.1:4477/api', 'wss://example.com/', 'file:///etc/passwd', 'app://other/x', 'ftp://x/']) {
      expect(isAllowedRequest(url)).toBe(false);
    }
  });

  it('cancels remote requests in the session', () => {
    const ses = new FakeSession();
    blockRemoteRequests(ses as unknown as Session);
    const callback = vi.fn();
    ses.beforeRequestListener?.({ url: 'https://fonts.example.com/font.woff2' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: true });
    ses.beforeRequestListener?.({ url: 'app://cvault/index.html' }, callback);
    expect(callback).toHaveBeenLastCalledWith({ cancel: false });
  });
});
