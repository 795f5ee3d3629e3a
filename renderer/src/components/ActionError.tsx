import type { ErrorCode } from '../../../shared/errors';
import { useT } from '../i18n/useT';
import { Alert } from './Alert';
import { LiveRegion } from './LiveRegion';

/** A failed action's error, in the UI's words for its code; the region is always there so it is announced. */
export function ActionError({ code, testId }: { readonly code: ErrorCode | undefined; readonly testId?: string }) {
  const { error } = useT();
  return (
    <LiveRegion politeness="assertive">
      {code ? (
        <Alert tone="error" code={code} testId={testId}>
          {error(code)}
        </Alert>
      ) : null}
    </LiveRegion>
  );
}
