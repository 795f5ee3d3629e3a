/**
 * The contract's call names without its schemas, so the preload (which only forwards calls) does
 * not bundle zod. A unit test keeps this list equal to the contract's keys.
 */
export const CALL_NAME_LIST = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'candidates.import',
  'candidates.cancelImports',
  'candidates.list',
  'candidates.get',
  'candidates.extractedText',
  'candidates.splitVersion',
  'candidates.rectify',
  'consent.get',
  'consent.record',
  'consent.withdraw',
  'consent.requestText',
  'notice.record',
  'notice.due',
  'clients.list',
  'clients.add',
  'clients.update',
  'sharing.check',
  'settings.get',
  'settings.update',
  'templates.list',
  'templates.addFolder',
  'export.preview',
  'export.create',
  'shares.list',
  'review.get',
  'review.decide',
  'review.decideAll',
  'review.add',
  'review.removeTerm',
  'review.markReviewed',
  'review.report',
  'rights.add',
  'rights.list',
  'rights.verifyIdentity',
  'rights.extend',
  'rights.close',
  'rights.export',
  'rights.erase',
  'rights.restrict',
  'retention.policies',
  'retention.setPolicies',
  'retention.due',
  'retention.autoErase',
  'retention.get',
  'retention.extend',
  'retention.placed',
  'retention.anonymise',
  'audit.verify',
  'audit.list',
] as const;

export type CallNameFromList = (typeof CALL_NAME_LIST)[number];

export const EVENT_NAME_LIST = ['vault.locked', 'job.progress'] as const;

/** IPC channel of a call: a fixed prefix keeps our channels apart from Electron's own. */
export const channelOf = (name: string): string => `cvault:${name}`;
export const EVENT_CHANNEL = 'cvault:event';
