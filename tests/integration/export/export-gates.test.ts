import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClient } from '../../../electron/core/consent/clients';
import { createExport, previewExport } from '../../../electron/core/export/export-cv';
import { withoutReview } from '../../../electron/core/export/review-source';
import { listShares } from '../../../electron/core/export/store/shares-repo';
import { addTemplateFolder, listTemplates } from '../../../electron/core/export/templates/summaries';
import { builtinTemplatesDir } from '../../../electron/core/export/templates/dirs';
import { getCvVersionRow, parseCv } from '../../../electron/core/repositories/cv-versions';
import { isCoreError } from '../../../electron/core/errors';
import { Vault } from '../../../electron/core/vault/vault';
import { generatePersona, renderPdfFixture } from '../../fixtures';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';
import { nameWords } from '../../../shared/export/baseline';
import { ensureExportTables, flat, importFixture, pdftotext, planFromTruth, reviewFrom } from './support';

const tmp = tempDirs();
let vault: Vault;
let out: string;
beforeEach(async () => {
  vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
  ensureExportTables(vault.db);
  out = tmp.make('cvault-export-out-');
});
afterEach(() => {
  vault.close();
  tmp.cleanup();
});

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'none';
  } catch (e) {
    return isCoreError(e) ? e.code : `untyped: ${String(e)}`;
  }
};

const fixture = async (seed = 11, kind: 'website-form' | 'cv-library' = 'website-form') => {
  const fx = await renderPdfFixture(generatePersona(seed, 'nl'), 'single');
  const id = await importFixture(vault.db, fx, kind);
  const cv = parseCv(getCvVersionRow(vault.db, id) ?? (() => { throw new Error('no cv'); })());
  return { id, fx, cv, plan: planFromTruth(cv, fx.truth) };
};

describe('export gates', () => {
  it('a share the consent gate refuses fails with EXPORT_BLOCKED_NO_CONSENT and its reasons; nothing written or logged', async () => {
    const { id, plan } = await fixture(12, 'cv-library');
    const client = addClient(vault.db, { name: 'Acme NV', country: 'BE' });
    const p = createExport({ db: vault.db, review: reviewFrom(plan) }, { candidateId: id, clientId: client.id, mode: 'blind', format: 'pdf', out });
    await expect(p).rejects.toMatchObject({ code: 'EXPORT_BLOCKED_NO_CONSENT', message: expect.stringMatching(/NO_BASIS.*NOTICE_OUTSTANDING/s) });
    expect(readdirSync(out)).toEqual([]);
    expect(listShares(vault.db)).toEqual([]);
    // The preview still renders (on screen only) and carries the gate's reasons for the dialog.
    const preview = await previewExport({ db: vault.db, review: reviewFrom(plan) }, { candidateId: id, clientId: client.id, mode: 'blind', format: 'pdf' });
    expect(preview.gate.allowed).toBe(false);
    expect(preview.gate.reasons.map((r) => r.code)).toEqual(['NO_BASIS', 'NOTICE_OUTSTANDING']);
    expect(Buffer.from(preview.pdf, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it('an unfinished review blocks with EXPORT_BLOCKED_UNREVIEWED', async () => {
    const { id, plan } = await fixture();
    expect(await codeOf(createExport({ db: vault.db, review: reviewFrom({ ...plan, review: 'pending' }) }, { candidateId: id, mode: 'blind', format: 'pdf', out }))).toBe('EXPORT_BLOCKED_UNREVIEWED');
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it('the leak guard blocks a deliberately leaking plan (PDF and DOCX), naming the kind, never the value', async () => {
    const { id, cv } = await fixture();
    // A plan that lists a statement as special-category data but never marks where it is: it stays in the text.
    const printed = cv.sections.find((s) => s.kind === 'experience')?.entries?.[0]?.bullets[0] ?? '';
    expect(printed.length).toBeGreaterThan(10);
    const leaking = { review: 'done' as const, spans: [], terms: [{ type: 'special:health', text: printed }] };
    for (const format of ['pdf', 'docx'] as const) {
      const err = await createExport({ db: vault.db, review: reviewFrom(leaking) }, { candidateId: id, mode: 'blind', format, out }).catch((e: unknown) => e);
      expect(isCoreError(err) && err.code).toBe('EXPORT_BLOCKED_LEAK');
      expect((err as Error).message).toContain('special:health');
      expect((err as Error).message).not.toContain(printed.slice(0, 20));
    }
    expect(readdirSync(out)).toEqual([]);
    expect(listShares(vault.db)).toEqual([]);
  }, 60_000);

  it('a phone number typed into the text is removed, however it is grouped (checked with pdftotext)', async () => {
    const { id, cv, plan } = await fixture();
    const phone = cv.contact.phones[0] ?? '';
    expect(phone.replace(/\D/g, '').length).toBeGreaterThanOrEqual(9);
    const regrouped = phone.replace(/\s/g, '').replace(/(\d{2})(?=\d)/g, '$1.');
    const entry = cv.sections.find((s) => s.kind === 'experience')?.entries?.[0];
    entry?.bullets.push(`Bereikbaar op ${regrouped} na 18u.`);
    vault.db.prepare(`UPDATE cv_versions SET cv = ? WHERE candidate_id = ?`).run(JSON.stringify(cv), id);
    const r = await createExport({ db: vault.db, review: reviewFrom(plan) }, { candidateId: id, mode: 'named', format: 'pdf', out });
    const text = pdftotext(r.file);
    expect(text).toContain('Bereikbaar op');
    expect(text.replace(/\D/g, '')).not.toContain(phone.replace(/\D/g, '').slice(-8));
  }, 60_000);

  it('unknown and invalid templates fail with TEMPLATE_NOT_FOUND and TEMPLATE_INVALID naming the field', async () => {
    const { id, plan } = await fixture();
    expect(await codeOf(createExport({ db: vault.db, review: reviewFrom(plan) }, { candidateId: id, templateId: 'nope', mode: 'blind', format: 'pdf', out }))).toBe('TEMPLATE_NOT_FOUND');
    const mine = join(tmp.make(), 'acme');
    cpSync(join(builtinTemplatesDir(), 'classic'), mine, { recursive: true });
    const json = JSON.parse(readFileSync(join(mine, 'template.json'), 'utf8')) as { colors: { accent: string } };
    json.colors.accent = 'teal';
    writeFileSync(join(mine, 'template.json'), JSON.stringify(json));
    await expect(Promise.resolve().then(() => addTemplateFolder(vault.db, mine))).rejects.toMatchObject({ code: 'TEMPLATE_INVALID', message: expect.stringContaining('colors.accent') });
    json.colors.accent = '#117A65';
    writeFileSync(join(mine, 'template.json'), JSON.stringify(json));
    expect(addTemplateFolder(vault.db, mine)).toMatchObject({ id: 'acme', valid: true, source: 'user' });
    writeFileSync(join(mine, 'template.json'), '{"schemaVersion":1}');
    expect(listTemplates(vault.db).find((t) => t.id === 'acme')).toMatchObject({ valid: false, error: expect.stringContaining('name') });
    expect(await codeOf(createExport({ db: vault.db, review: reviewFrom(plan) }, { candidateId: id, templateId: 'acme', mode: 'blind', format: 'pdf', out }))).toBe('TEMPLATE_INVALID');
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});

describe('the share log', () => {
  it('logs every export (client or none yet) with the file\'s sha256; rows cannot be changed', async () => {
    const { id, plan } = await fixture();
    const client = addClient(vault.db, { name: 'Brugse Bouw BV', country: 'BE' });
    const a = await createExport({ db: vault.db, review: reviewFrom(plan), now: new Date('2026-03-02T10:00:00Z') }, { candidateId: id, mode: 'blind', format: 'pdf', out });
    const b = await createExport({ db: vault.db, review: reviewFrom(plan), now: new Date('2026-03-03T10:00:00Z') }, { candidateId: id, clientId: client.id, templateId: 'modern', mode: 'named', format: 'docx', out: join(out, 'for-client.docx') });
    const shares = listShares(vault.db, id);
    expect(shares.map((s) => s.id)).toEqual([b.shareId, a.shareId]);
    expect(shares[1]?.clientName).toBeUndefined();
    expect(shares[1]).toMatchObject({ templateId: 'classic', mode: 'blind', format: 'pdf', language: 'nl', fileName: a.fileName, cvVersion: 1 });
    expect(shares[0]).toMatchObject({ clientId: client.id, clientName: 'Brugse Bouw BV', templateId: 'modern', mode: 'named', format: 'docx', fileName: 'for-client.docx' });
    for (const [s, r] of [[shares[1], a], [shares[0], b]] as const) expect(s?.sha256).toBe(createHash('sha256').update(readFileSync(r.file)).digest('hex'));
    expect(a.fileName).not.toMatch(new RegExp(plan.spans.find((x) => x.type === 'name')?.text.split(' ')[0] ?? 'x', 'i'));
    expect(() => vault.db.prepare(`UPDATE shares SET client_name = 'x'`).run()).toThrow(/append-only/);
    expect(await codeOf(createExport({ db: vault.db, review: reviewFrom(plan) }, { candidateId: id, mode: 'blind', format: 'pdf', out }))).toBe('EXPORT_FILE_EXISTS');
    expect(listShares(vault.db, id)).toHaveLength(2);
  }, 60_000);

  it('works before review exists: the baseline still removes the name, e-mail, phone and links', async () => {
    const { id, cv, fx } = await fixture(13);
    const r = await createExport({ db: vault.db, review: withoutReview }, { candidateId: id, mode: 'blind', format: 'pdf', out: join(out, 'x.pdf') });
    const text = flat(pdftotext(r.file));
    expect(text).toContain(flat(fx.truth.sections.find((s) => s.kind === 'experience')?.entries?.[0]?.title ?? '?'));
    for (const w of nameWords([cv.contact.name]).values()) if (w.length >= 3) expect(text).not.toMatch(new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u'));
    for (const e of cv.contact.emails) expect(text).not.toContain(flat(e));
    for (const p of cv.contact.phones) expect(text.replace(/\D/g, '')).not.toContain(p.replace(/\D/g, '').slice(-8));
    for (const l of cv.contact.links) expect(text).not.toContain(flat(l.replace(/^https?:\/\//, '')));
    expect(cv.contact.emails.length + cv.contact.phones.length).toBeGreaterThan(1);
  }, 60_000);
});
