import type { ExportPreview } from '../../../../shared/contract/export';
import type { GateReasonCode } from '../../../../shared/consent/gate';

/** Why the Export button is off: the review first, then every reason of the sharing gate. */
export type Blocker =
  | { readonly code: 'UNREVIEWED' }
  | { readonly code: GateReasonCode; readonly message: string };

/** Where the consultant fixes a blocker: the Review tab, or Consent & sharing (clients for transfers). */
export const blockerPlace = (b: Blocker): 'review' | 'consent' | 'clients' =>
  b.code === 'UNREVIEWED' ? 'review' : b.code === 'TRANSFER_SAFEGUARD_MISSING' ? 'clients' : 'consent';

export const exportBlockers = (preview: Pick<ExportPreview, 'gate' | 'review'>): Blocker[] => [
  ...(preview.review === 'pending' ? [{ code: 'UNREVIEWED' as const }] : []),
  ...preview.gate.reasons.map((r) => ({ code: r.code, message: r.message })),
];
