import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/cv/document';
import type { SourceKind } from '../../../shared/candidates/source';
import { importCv } from '../../../electron/core/candidates/import';
import { listCandidates } from '../../../electron/core/candidates/queries';
import { addClient } from '../../../electron/core/consent/clients';
import { canShare } from '../../../electron/core/consent/gate';
import { noticesDue, recordNotice } from '../../../electron/core/consent/notices';
import { consentOverview } from '../../../electron/core/consent/overview';
import { recordConsent, withdrawConsent } from '../../../electron/core/consent/record';
import { requestText } from '../../../electron/core/consent/request';
import { appendFlagEvent } from '../../../electron/core/repositories/processing-flags';
import { isSuppressed } from '../../../electron/core/repositories/suppression';
import { updateSettings } from '../../../electron/core/settings/settings';
import { Vault } from '../../../electron/core/vault/vault';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';

const tmp = tempDirs();
let vault: Vault;
beforeEach(async () => {
  vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
});
afterEach(() => {
  vault.close();
  tmp.cleanup();
});

const JAN = new Date('2026-01-10T09:00:00Z');
let n = 0;
/** Imports a one-line CV for a person with this e-mail, from this source. */
const candidate = async (kind: SourceKind, email = `p${++n}@example.be`) => {
  const doc: ExtractedDocument = { format: 'pdf', pageCount: 1, lines: [{ text: email, page: 1, fontSize: 10, bold: false, region: 'body' }], hasPhoto: false, properties: {}, attachments: [] };
  const out = await importCv(
    {
      db: () => vault.db,
      extract: () => Promise.resolve(doc),
      structure: () => ({ schemaVersion: 1, language: 'nl', header: [], sections: [], contact: { name: 'Sofie Maes', emails: [email], phones: [], links: [] }, furniture: [], hasPhoto: false }),
      now: () => JAN,
    },
    { fileName: `${email}.pdf`, bytes: new TextEncoder().encode(email), source: { kind, receivedOn: '2026-01-10', consultant: 'An' } },
  );
  return out.candidateId ?? 0;
};
const codes = (id: number, clientId?: number, now = new Date('2026-01-15T09:00:00Z')) => canShare(vault.db, id, clientId, now).reasons.map((r) => r.code);

describe('consent and the sharing gate, in the vault', () => {
  it('a CV the candidate sent may be shared on legitimate interest; the defaults are shown as such', async () => {
    const id = await candidate('website-form');
    const o = consentOverview(vault.db, id, new Date('2026-01-15T09:00:00Z'));
    expect(o.purposes.find((p) => p.purpose === 'client-sharing')).toMatchObject({ basis: 'legitimate-interest', status: 'not-asked', byDefault: true });
    expect(o.notice.status).toBe('not-required');
    expect(codes(id)).toEqual([]);
  });

  it('a sourced CV cannot be shared until consent is given and the candidate is informed', async () => {
    const id = await candidate('cv-library');
    expect(codes(id)).toEqual(['NO_BASIS', 'NOTICE_OUTSTANDING']);
    recordConsent(vault.db, id, { purpose: 'client-sharing', basis: 'consent', status: 'requested', method: 'email' }, new Date('2026-01-11T09:00:00Z'));
    expect(codes(id)).toEqual(['CONSENT_PENDING', 'NOTICE_OUTSTANDING']);
    recordConsent(vault.db, id, { purpose: 'client-sharing', basis: 'consent', status: 'given', method: 'email', evidence: { fileName: 'reply.eml', bytes: new TextEncoder().encode('yes') } }, new Date('2026-01-12T09:00:00Z'));
    expect(codes(id)).toEqual(['NOTICE_OUTSTANDING']);
    recordNotice(vault.db, id, { informedOn: '2026-01-12', method: 'email' }, new Date('2026-01-12T10:00:00Z'));
    expect(codes(id)).toEqual([]);
    const history = consentOverview(vault.db, id).history;
    expect(history.map((e) => e.status)).toEqual(['not-asked', 'requested', 'given']);
    expect(history[2]?.evidenceFileName).toBe('reply.eml');
  });

  it('withdrawal is one action and blocks sharing; the history is never edited', async () => {
    const id = await candidate('own-initiative');
    recordConsent(vault.db, id, { purpose: 'client-sharing', basis: 'consent', status: 'given', method: 'signed-document' }, new Date('2026-01-11T09:00:00Z'));
    withdrawConsent(vault.db, id, { purpose: 'client-sharing', method: 'phone' }, new Date('2026-01-13T09:00:00Z'));
    expect(codes(id)).toEqual(['CONSENT_WITHDRAWN']);
    expect(() => vault.db.prepare(`UPDATE consent_events SET status = 'given'`).run()).toThrow(/append-only/);
  });

  it('scoped consent covers only the named clients; non-EEA clients need a safeguard; expiry blocks', async () => {
    const id = await candidate('website-form');
    const be = addClient(vault.db, { name: 'Colruyt', country: 'BE' });
    const nl = addClient(vault.db, { name: 'Philips', country: 'NL' });
    const us = addClient(vault.db, { name: 'Initech', country: 'US' });
    recordConsent(vault.db, id, { purpose: 'client-sharing', basis: 'consent', status: 'given', clientIds: [be.id, us.id], expiresOn: '2026-06-30' }, new Date('2026-01-11T09:00:00Z'));
    expect(codes(id, be.id)).toEqual([]);
    expect(codes(id, nl.id)).toEqual(['CONSENT_SCOPE']);
    expect(codes(id, us.id)).toEqual(['TRANSFER_SAFEGUARD_MISSING']);
    expect(codes(id, be.id, new Date('2026-07-01T09:00:00Z'))).toEqual(['CONSENT_EXPIRED']);
  });

  it('restriction and objection block sharing while the data stays; lifting is recorded', async () => {
    const id = await candidate('website-form');
    appendFlagEvent(vault.db, id, { flag: 'restriction', action: 'set', consultant: 'An', at: '2026-01-12T09:00:00Z' });
    appendFlagEvent(vault.db, id, { flag: 'objection', action: 'set', consultant: 'An', at: '2026-01-12T09:00:00Z' });
    expect(codes(id)).toEqual(['PROCESSING_RESTRICTED', 'OBJECTION_RECORDED']);
    appendFlagEvent(vault.db, id, { flag: 'restriction', action: 'lift', consultant: 'An', at: '2026-01-13T09:00:00Z' });
    expect(codes(id)).toEqual(['OBJECTION_RECORDED']);
  });

  it('lists art. 14 notices due, soonest first, and clears them once informed', async () => {
    const a = await candidate('referral');
    const b = await candidate('business-card');
    recordNotice(vault.db, b, { firstContactOn: '2026-01-12' }, new Date('2026-01-12T10:00:00Z'));
    expect(noticesDue(vault.db, new Date('2026-01-15T00:00:00Z')).map((d) => [d.candidateId, d.notice.dueOn, d.notice.status])).toEqual([
      [b, '2026-01-12', 'overdue'],
      [a, '2026-02-10', 'due'],
    ]);
    recordNotice(vault.db, b, { informedOn: '2026-01-15' }, new Date('2026-01-15T10:00:00Z'));
    expect(noticesDue(vault.db, new Date('2026-01-15T12:00:00Z')).map((d) => d.candidateId)).toEqual([a]);
  });

  it('a marketing opt-out leaves a suppression hash that outlives the candidate', async () => {
    const email = 'karim.benali@example.be';
    const id = await candidate('job-website', email);
    expect(consentOverview(vault.db, id).marketing.mode).toBe('soft-opt-in');
    withdrawConsent(vault.db, id, { purpose: 'marketing', method: 'email' });
    expect(consentOverview(vault.db, id).marketing).toMatchObject({ allowed: false, mode: 'opted-out' });
    vault.db.prepare('DELETE FROM candidates WHERE id = ?').run(id);
    expect(vault.db.prepare('SELECT count(*) FROM consent_events').pluck().get()).toBe(0);
    expect(isSuppressed(vault.db, ['Karim.Benali@example.be'], new Date().toISOString())).toBe(true);
    const raw = JSON.stringify(vault.db.prepare('SELECT * FROM marketing_suppression').all());
    expect(raw).not.toContain('karim');
    const again = await candidate('job-website', email);
    expect(consentOverview(vault.db, again).marketing).toMatchObject({ allowed: false, mode: 'opted-out', suppressed: true });
  });

  it('filters the candidate list by consent status, shareability and notice due', async () => {
    const sent = await candidate('website-form');
    const sourced = await candidate('social-media');
    const given = await candidate('referral');
    recordConsent(vault.db, given, { purpose: 'client-sharing', basis: 'consent', status: 'given' }, new Date('2026-01-11T09:00:00Z'));
    const ids = (filter: Parameters<typeof listCandidates>[1]['filter']) =>
      listCandidates(vault.db, { filter, limit: 50, offset: 0 }, new Date('2026-01-15T09:00:00Z')).items.map((c) => c.id).sort();
    expect(ids({ shareable: true })).toEqual([sent]);
    expect(ids({ shareable: false })).toEqual([sourced, given].sort());
    expect(ids({ consent: 'given' })).toEqual([given]);
    expect(ids({ noticeDue: true })).toEqual([sourced, given].sort());
    expect(ids({ noticeDue: false })).toEqual([sent]);
  });

  it('writes the consent request in NL, FR and EN from the settings, naming what is missing', async () => {
    const id = await candidate('cv-library');
    expect(requestText(vault.db, id, 'en').missingSettings).toEqual(['privacy.controllerName', 'privacy.controllerAddress', 'privacy.contactEmail']);
    updateSettings(vault.db, { consultantName: 'An Peeters', privacy: { controllerName: 'Talentbrug BV', controllerAddress: 'Veldstraat 1, 9000 Gent', contactEmail: 'privacy@talentbrug.be', retentionMonths: 24 } }, 'now');
    const client = addClient(vault.db, { name: 'Colruyt', country: 'BE' });
    const nl = requestText(vault.db, id, 'nl', [client.id]);
    expect(nl.missingSettings).toEqual([]);
    expect(nl.body).toContain('Beste Sofie Maes');
    expect(nl.body).toContain('Talentbrug BV (Veldstraat 1, 9000 Gent)');
    expect(nl.body).toContain('Colruyt');
    expect(nl.body).toContain('privacy@talentbrug.be');
    expect(nl.body).toContain('Gegevensbeschermingsautoriteit');
    expect(requestText(vault.db, id, 'fr').body).toContain('Autorité de protection des données');
    expect(requestText(vault.db, id, 'en').subject).toMatch(/present your CV/);
  });
});
