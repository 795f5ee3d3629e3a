import type { Db } from '../vault/database';

export const appendNoticeEvent = (
  db: Db,
  candidateId: number,
  e: { kind: 'informed' | 'first-contact'; onDate: string; method?: string | undefined; consultant: string; at: string },
): void => {
  db.prepare(`INSERT INTO notice_events (candidate_id, kind, on_date, method, consultant, at) VALUES (?, ?, ?, ?, ?, ?)`).run(
    candidateId,
    e.kind,
    e.onDate,
    e.method ?? null,
    e.consultant,
    e.at,
  );
};

/** The earliest date recorded for each kind: informing once is enough, the first contact is the first. */
export const noticeDates = (db: Db, candidateId: number): { informedOn?: string; firstContactOn?: string } => {
  const rows = db
    .prepare(`SELECT kind, min(on_date) AS d FROM notice_events WHERE candidate_id = ? GROUP BY kind`)
    .all(candidateId) as { kind: 'informed' | 'first-contact'; d: string }[];
  const out: { informedOn?: string; firstContactOn?: string } = {};
  for (const r of rows) {
    if (r.kind === 'informed') out.informedOn = r.d;
    else out.firstContactOn = r.d;
  }
  return out;
};
