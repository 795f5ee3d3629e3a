import type { Session } from 'electron';
import { isAppUrl } from './origin';

/** Local schemes a page of ours (or the dev tools) may use; every other URL is cancelled. */
const LOCAL_PREFIXES = ['data:', 'blob:', 'devtools://'] as const;

export const isAllowedRequest = (url: string): boolean =>
  isAppUrl(url) || LOCAL_PREFIXES.some((prefix) => url.startsWith(prefix));

/** No remote content: a request that leaves the app (http, https, ws, file, ftp…) never starts. */
export const blockRemoteRequests = (ses: Session): void => {
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
};
