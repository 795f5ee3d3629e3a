import type { ExtractedDocument } from '../../../shared/cv/document';
import type { StructuredCv } from '../../../shared/cv/model';
import { importCv } from '../../../electron/core/candidates/import';
import { addClient } from '../../../electron/core/consent/clients';
import { recordNotice } from '../../../electron/core/consent/notices';
import { recordConsent } from '../../../electron/core/consent/record';
import { appendFlagEvent } from '../../../electron/core/repositories/processing-flags';
import type { Db } from '../../../electron/core/vault/database';

export interface Person {
  name: string;
  email: string;
  phone: string;
  street: string;
}

/** A person whose every identifier is unique enough to grep for in raw files. */
export const person = (tag: string): Person => {
  const n = [...tag].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000, 7);
  const d = String(n).padStart(6, '0');
  return {
    name: `Quirinus Vandersteenhoven${tag}`,
    email: `quirinus.${tag.toLowerCase()}@zwartberg-mail.be`,
    phone: `+32 471 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`,
    street: `Lindenhoflaan ${(n % 200) + 1} ${tag}`,
  };
};

const cvOf = (p: Person): StructuredCv => ({
  schemaVersion: 1,
  language: 'nl',
  header: [p.name, p.street],
  sections: [{ kind: 'experience', title: 'Ervaring', lines: [`Projectleider bij Zwartberg NV`, `Contact: ${p.email}`] }],
  contact: { name: p.name, emails: [p.email], phones: [p.phone], address: p.street, links: [] },
  furniture: [],
  hasPhoto: false,
});

/** The "original file": bytes that carry the identifiers in the clear, as a real CV does. */
export const originalBytes = (p: Person): Uint8Array =>
  // Larger than a database page, so the erasure must also clear overflow pages.
  new TextEncoder().encode(`%PDF-1.4 fake original\n${`${p.name}\n${p.email}\n${p.phone}\n${p.street}\n`.repeat(120)}`);

/**
 * A candidate with data in every kind of table the app has today: document, CV version, source,
 * contacts, consent log with evidence, notice, flags, review rows (when present), a share record.
 */
export const seedCandidate = async (db: Db, p: Person, at = new Date('2026-01-10T09:00:00Z')): Promise<number> => {
  const doc: ExtractedDocument = {
    format: 'pdf',
    pageCount: 1,
    lines: [p.name, p.email, p.phone].map((text) => ({ text, page: 1, fontSize: 10, bold: false, region: 'body' as const })),
    hasPhoto: false,
    properties: {},
    attachments: [],
  };
  const out = await importCv(
    { db: () => db, extract: () => Promise.resolve(doc), structure: () => cvOf(p), now: () => at },
    { fileName: `CV ${p.name}.pdf`, bytes: originalBytes(p), source: { kind: 'cv-library', detail: `found ${p.name}`, receivedOn: '2026-01-10', consultant: 'An' } },
  );
  const id = out.candidateId;
  if (!id) throw new Error(`seed import failed: ${JSON.stringify(out.error)}`);
  const later = new Date(at.getTime() + 3_600_000);
  recordConsent(db, id, { purpose: 'client-sharing', basis: 'consent', status: 'given', method: 'email', note: `mail from ${p.email}`, evidence: { fileName: `reply ${p.name}.eml`, bytes: new TextEncoder().encode(`From: ${p.email}\nYes. ${p.name}, ${p.phone}`) } }, later);
  recordConsent(db, id, { purpose: 'marketing', basis: 'consent', status: 'refused', method: 'phone', note: `called ${p.phone}` }, later);
  recordNotice(db, id, { informedOn: '2026-01-10', method: 'email' }, later);
  appendFlagEvent(db, id, { flag: 'restriction', action: 'set', reason: `asked by ${p.name}`, consultant: 'An', at: later.toISOString() });
  appendFlagEvent(db, id, { flag: 'restriction', action: 'lift', reason: 'resolved', consultant: 'An', at: new Date(later.getTime() + 1000).toISOString() });
  return id;
};

/** A share record as the export writes it (the export's own API is not needed to test erasure and access). */
export const seedShare = (db: Db, candidateId: number, clientName = 'Zwartberg Consulting'): number => {
  const existing = db.prepare(`SELECT id FROM clients WHERE name = ?`).pluck().get(clientName) as number | undefined;
  const clientId = existing ?? addClient(db, { name: clientName, country: 'BE' }).id;
  const ref = db.prepare(`SELECT ref FROM candidates WHERE id = ?`).pluck().get(candidateId) as string;
  db.prepare(
    `INSERT INTO shares (candidate_id, ref, cv_version, client_id, client_name, template_id, template_name, mode, language, format, consultant, at, file_name, sha256, size)
     VALUES (?, ?, 1, ?, ?, 'classic', 'Classic', 'named', 'nl', 'pdf', 'An', '2026-01-12T10:00:00.000Z', ?, ?, 1234)`,
  ).run(candidateId, ref, clientId, clientName, `${ref}.pdf`, 'a'.repeat(64));
  return clientId;
};
