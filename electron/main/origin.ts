/**
 * Where the renderer lives: a privileged custom scheme served from dist/renderer. Nothing else
 * may be loaded in, navigated to, or talk to main from a window.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cvault';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Every URL of ours starts with this prefix (the trailing slash keeps `app://cvault.evil/` out). */
export const APP_URL_PREFIX = `${APP_ORIGIN}/`;
export const APP_ENTRY_URL = `${APP_URL_PREFIX}index.html`;

export const isAppUrl = (url: string): boolean => url.startsWith(APP_URL_PREFIX);
