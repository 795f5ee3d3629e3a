import { isoDate } from '../../../shared/dates';
import type { NoticeState } from '../../../shared/consent/notice';
import { CoreError } from '../errors';
import { currentConsultant } from '../candidates/consultant';
import { requireCandidate } from '../candidates/require';
import { appendNoticeEvent } from '../repositories/notices';
import type { Db } from '../vault/database';
import { noticeOf } from './overview';

export const recordNotice = (
  db: Db,
  candidateId: number,
  n: { informedOn?: string | undefined; firstContactOn?: string | undefined; method?: string | undefined },
  now: Date = new Date(),
): NoticeState =>
  db.transaction(() => {
    requireCandidate(db, candidateId);
    const today = isoDate(now);
    if (!n.informedOn && !n.firstContactOn) throw new CoreError('INVALID_INPUT', 'Give the date the candidate was informed or first contacted.');
    for (const d of [n.informedOn, n.firstContactOn])
      if (d && d > today) throw new CoreError('INVALID_INPUT', 'A notice date cannot be in the future.');
    const base = { method: n.method, consultant: currentConsultant(db), at: now.toISOString() };
    if (n.firstContactOn) appendNoticeEvent(db, candidateId, { ...base, kind: 'first-contact', onDate: n.firstContactOn });
    if (n.informedOn) appendNoticeEvent(db, candidateId, { ...base, kind: 'informed', onDate: n.informedOn });
    return noticeOf(db, candidateId, today);
  })();

/** Candidates still to be informed under art. 14, soonest deadline first. */
export const noticesDue = (db: Db, now: Date = new Date()) => {
  const today = isoDate(now);
  const rows = db.prepare(`SELECT id, ref, name FROM candidates`).all() as { id: number; ref: string; name: string | null }[];
  return rows
    .map((r) => ({ candidateId: r.id, ref: r.ref, ...(r.name ? { name: r.name } : {}), notice: noticeOf(db, r.id, today) }))
    .filter((r) => r.notice.status === 'due' || r.notice.status === 'overdue')
    .sort((a, b) => (a.notice.dueOn ?? '').localeCompare(b.notice.dueOn ?? ''));
};
