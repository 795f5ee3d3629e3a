import type { Result } from '../errors';
import { CALL_NAMES, type CallName, type CvaultApi } from './index';

export type Transport = (name: CallName, input: unknown) => Promise<Result<unknown>>;

/**
 * Builds the typed API from a transport (IPC in Electron, HTTP for the web bridge). The object
 * has exactly one method per contract call, so nothing else can be reached through it.
 */
export const createApiClient = (transport: Transport): CvaultApi => {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const name of CALL_NAMES) api[name] = (input: unknown) => transport(name, input ?? {});
  return api as unknown as CvaultApi;
};
