import type { Result } from '../errors';
import type { CallName, CvaultApi } from './index';
import { CALL_NAME_LIST } from './names';

export type Transport = (name: CallName, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds the typed API from a transport (IPC in Electron, HTTP for the web bridge). The object
 * has exactly one method per contract call, so nothing else can be reached through it.
 */
export const createApiClient = (transport: Transport): CvaultApi => {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const name of CALL_NAME_LIST) api[name] = (input: unknown) => transport(name, input ?? {});
  return api as unknown as CvaultApi;
};
