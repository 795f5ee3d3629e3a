import type { z } from 'zod';
import type { Result } from '../errors';
import { candidateCalls } from './candidates';
import { consentCalls } from './consent';
import { exportCalls } from './export';
import { reviewCalls } from './review';
import { rightsCalls } from './rights';
import { auditCalls } from './audit';
import { vaultCalls } from './vault';
import { CALL_NAME_LIST } from './names';

/**
 * The one table of calls between UI and core. Electron main registers a handler per entry,
 * the preload exposes a method per entry and the web bridge serves POST /api/<name> per entry.
 */
export const contract = {
  ...vaultCalls,
  ...candidateCalls,
  ...consentCalls,
  ...exportCalls,
  ...reviewCalls,
  ...rightsCalls,
  ...auditCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type InputOf<N extends CallName> = z.input<Contract[N]['input']>;
export type OutputOf<N extends CallName> = z.output<Contract[N]['output']>;

export const CALL_NAMES: readonly CallName[] = CALL_NAME_LIST;

export const isCallName = (name: string): name is CallName =>
  Object.prototype.hasOwnProperty.call(contract, name);

/** The API as the UI sees it: one async method per call, each resolving to a Result. */
export type CvaultApi = {
  [N in CallName]: (input: InputOf<N>) => Promise<Result<OutputOf<N>>>;
};

export { channelOf, EVENT_CHANNEL, EVENT_NAME_LIST } from './names';

export { events } from './events';
export type { EventName, EventPayload } from './events';
export * from './vault';
export * from './candidates';
export * from './consent';
export * from './export';
export * from './review';
export * from './rights';
export * from './audit';
