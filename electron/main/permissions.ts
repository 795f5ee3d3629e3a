import type { Session } from 'electron';

/** The UI needs no camera, microphone, notifications, geolocation, devices or clipboard reads. */
export const denyAllPermissions = (ses: Session): void => {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
};
