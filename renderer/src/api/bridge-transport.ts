import type { Transport } from '../../../shared/contract/client';
import { fail } from '../../../shared/errors';
import type { ConnectionStore } from './connection';
import { readEnvelope } from './envelope';
import { bridgeHeaders } from './token';
import { callUrl } from './urls';

export interface BridgeOptions {
  readonly base: string;
  readonly getToken: () => string | undefined;
  readonly connection: ConnectionStore;
  /** Called on 401, so a stale token is forgotten. */
  readonly onUnauthorized: () => void;
}

/** POST /api/<call> with the bearer token; 200 and 400 carry a Result envelope. */
export const createBridgeTransport =
  ({ base, getToken, connection, onUnauthorized }: BridgeOptions): Transport =>
  async (name, input) => {
    let response: Response;
    try {
      response = await fetch(callUrl(base, name), {
        method: 'POST',
        headers: bridgeHeaders(getToken(), true),
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      connection.set('unreachable');
      return fail('INTERNAL', 'The CVault bridge could not be reached.');
    }
    if (response.status === 401) {
      onUnauthorized();
      connection.set('unauthorized');
      return fail('INTERNAL', 'The bridge refused the session token.');
    }
    connection.set('ok');
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return fail('INTERNAL', `Unreadable response (${response.status}) for ${name}.`);
    }
    return readEnvelope(name, body);
  };
