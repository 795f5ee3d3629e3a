import type { CallName, OutputOf } from '../../../shared/contract';
import type { z } from 'zod';
import type { Contract } from '../../../shared/contract';
import type { Session } from './session';

type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;

export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>) => OutputOf<N> | Promise<OutputOf<N>>;
};

/** One core function per contract call. Adding a call means one entry here and one in shared/contract. */
export const createHandlers = (session: Session): Handlers => ({
  'vault.status': () => session.status(),
  'vault.create': ({ passphrase }) => session.create(passphrase),
  'vault.unlock': ({ passphrase }) => session.unlock(passphrase),
  'vault.lock': () => session.lock('user'),
  'vault.changePassphrase': ({ current, next }) => session.changePassphrase(current, next),
});
