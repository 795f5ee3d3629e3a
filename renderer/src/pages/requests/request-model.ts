import { checkExtension, MAX_EXTENSION_MONTHS } from '../../../../shared/rights/deadlines';
import { Channel, RightType, type RightsRequest } from '../../../../shared/rights/types';
import type { Tone } from '../../ui/tones';

/** What answering a request takes once the requester is verified: the action that fits its type. */
export type RequestAction = 'bundle' | 'erase' | 'restriction' | 'objection' | 'rectify' | 'withdraw';

export const actionFor = (type: RightType): RequestAction => {
  switch (type) {
    case 'access':
    case 'portability':
      return 'bundle';
    case 'erasure':
      return 'erase';
    case 'restriction':
      return 'restriction';
    case 'objection':
      return 'objection';
    case 'rectification':
      return 'rectify';
    case 'withdrawal':
      return 'withdraw';
  }
};

/** Where a request stands: nothing may be disclosed or done before the identity check. */
export type RequestStep = 'verify' | 'answer' | 'closed';

export const stepOf = (r: Pick<RightsRequest, 'status' | 'verification'>): RequestStep =>
  r.status === 'closed' ? 'closed' : r.verification ? 'answer' : 'verify';

/** Red when late, amber in the last week, blue while there is time, grey once closed. */
export const requestTone = (r: Pick<RightsRequest, 'status' | 'overdue' | 'daysLeft'>): Tone => {
  if (r.status === 'closed') return 'neutral';
  if (r.overdue) return 'danger';
  if (r.daysLeft <= 7) return 'warning';
  return 'accent';
};

/** How many more months the deadline may still move, or 0 when it no longer can (art. 12(3)). */
export const extensionMonthsLeft = (r: Pick<RightsRequest, 'status' | 'receivedOn' | 'extensionMonths'>, today: string): number => {
  const check = checkExtension({ receivedOn: r.receivedOn, extensionMonths: r.extensionMonths, open: r.status === 'open' }, 1, today);
  return check.ok ? MAX_EXTENSION_MONTHS - r.extensionMonths : 0;
};

/**
 * The typed confirmation of an irreversible action: the candidate's reference code, as shown.
 * Case and surrounding spaces are forgiven; anything else is not.
 */
export const confirmationMatches = (typed: string, ref: string): boolean => typed.trim().toUpperCase() === ref.trim().toUpperCase() && ref.trim() !== '';

export interface RecordDraft {
  readonly candidateId: number | undefined;
  readonly type: string;
  readonly receivedOn: string;
  readonly channel: string;
}

export type RecordProblem = 'candidate' | 'type' | 'receivedOn' | 'receivedFuture' | 'channel';

export type RecordInput = { candidateId: number; type: RightType; receivedOn: string; channel: Channel };

/** The rights.add input for the form, or the fields that still need attention. */
export const toRecordInput = (d: RecordDraft, today: string): { ok: true; input: RecordInput } | { ok: false; problems: RecordProblem[] } => {
  const problems: RecordProblem[] = [];
  const type = RightType.safeParse(d.type);
  const channel = Channel.safeParse(d.channel);
  if (d.candidateId === undefined) problems.push('candidate');
  if (!type.success) problems.push('type');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.receivedOn)) problems.push('receivedOn');
  else if (d.receivedOn > today) problems.push('receivedFuture');
  if (!channel.success) problems.push('channel');
  if (problems.length > 0 || d.candidateId === undefined || !type.success || !channel.success) return { ok: false, problems };
  return { ok: true, input: { candidateId: d.candidateId, type: type.data, receivedOn: d.receivedOn, channel: channel.data } };
};

/** A path inside the bundle folder as the consultant will find it there (any separator). */
export const insideFolder = (dir: string, path: string): string =>
  path.startsWith(dir) && (path[dir.length] === '/' || path[dir.length] === '\\') ? path.slice(dir.length + 1) : path;
