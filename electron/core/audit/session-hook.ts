import type { Session } from '../api/session';
import { recordCall } from './record';

/**
 * The dispatcher's hook: after a call succeeded, record it while the vault is open. A failure to
 * write the entry is reported as internal but does not undo or hide the call's own result.
 */
export const auditSuccessfulCall = (
  session: Session,
  call: string,
  input: unknown,
  output: unknown,
  onInternal: (name: string, e: unknown) => void,
): void => {
  let db;
  try {
    db = session.requireVault().db;
  } catch {
    return;
  }
  try {
    recordCall(db, call, input, output);
  } catch (e) {
    onInternal(`audit:${call}`, e);
  }
};
