import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structureCv } from '../../../shared/cv/structure';
import { importCv, type ImportDeps } from '../../../electron/core/candidates/import';
import { extractDocument } from '../../../electron/core/intake/extract';
import { addTerm, decide, decideAll, markReviewed, removeTerm, reviewReport } from '../../../electron/core/review/decide';
import { reviewSource } from '../../../electron/core/review/export-source';
import { getReviewPlan } from '../../../electron/core/review/plan';
import { getCvVersionRow, parseCv } from '../../../electron/core/repositories/cv-versions';
import { Vault } from '../../../electron/core/vault/vault';
import { generatePersona, renderDocxFixture, renderPdfFixture } from '../../fixtures';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';

const tmp = tempDirs();
let vault: Vault;
let deps: ImportDeps;
let candidateId = 0;
const persona = generatePersona(41, 'nl', { special: ['trade-union', 'health'] });
const source = { kind: 'job-website' as const, consultant: 'An' };
let clockMs = Date.parse('2026-03-01T09:00:00Z');
const clock = () => ({ consultant: 'An', now: () => new Date((clockMs += 1000)) });

beforeAll(async () => {
  vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
  deps = { db: () => vault.db, extract: (b) => extractDocument(b), structure: structureCv };
  const pdf = await renderPdfFixture(persona, 'single');
  const outcome = await importCv(deps, { fileName: 'cv.pdf', bytes: pdf.bytes, source });
  if (outcome.status !== 'imported' || outcome.candidateId === undefined) throw new Error(`import failed: ${JSON.stringify(outcome.error)}`);
  candidateId = outcome.candidateId;
}, 120_000);
afterAll(() => {
  vault.close();
  tmp.cleanup();
});

describe('from import to redaction plan', () => {
  it('detects the candidate\'s identifiers and special categories from the stored CV', () => {
    const plan = getReviewPlan(vault.db, candidateId);
    expect(plan.version).toBe(1);
    expect(plan.status.state).toBe('unreviewed');
    const types = new Set(plan.items.map((i) => i.type));
    for (const t of ['name', 'email', 'phone', 'trade-union', 'health']) expect(types, t).toContain(t);
    const email = persona.emails[0] ?? '';
    expect(plan.items.some((i) => i.type === 'email' && i.text.toLowerCase() === email.toLowerCase())).toBe(true);
    // Detections are stored for the version and read back unchanged.
    expect(getReviewPlan(vault.db, candidateId)).toEqual(plan);
  });

  it('records accept, reject, manual terms and "mark reviewed" with who and when', () => {
    const plan = getReviewPlan(vault.db, candidateId);
    const special = plan.items.find((i) => i.kind === 'special');
    const name = plan.items.find((i) => i.type === 'name');
    if (!special || !name) throw new Error('expected a name and a special statement');
    let p = decide(vault.db, candidateId, [special.occurrences[0]?.id ?? ''], 'reject', clock());
    expect(p.items.find((i) => i.id === special.id)).toMatchObject({ decision: 'reject', redact: false, decidedBy: 'An' });
    p = decide(vault.db, candidateId, [name.id], 'accept', clock());
    expect(p.counts.accepted).toBe(1);
    expect(() => decide(vault.db, candidateId, ['f-0000'], 'accept')).toThrow(expect.objectContaining({ code: 'REVIEW_ITEM_NOT_FOUND' }));

    const employer = persona.experience[0]?.organisation ?? '';
    p = addTerm(vault.db, candidateId, { text: employer, always: true }, clock());
    const manual = p.items.find((i) => i.kind === 'manual');
    expect(manual).toMatchObject({ text: employer, always: true, decision: 'accept' });
    expect(manual?.occurrences.length).toBeGreaterThan(0);
    expect(() => addTerm(vault.db, candidateId, { text: 'zzz-not-in-this-cv' })).toThrow(expect.objectContaining({ code: 'REVIEW_TEXT_NOT_FOUND' }));

    p = markReviewed(vault.db, candidateId, clock());
    expect(p.status).toMatchObject({ state: 'reviewed', by: 'An', version: 1 });
    const cv = parseCv(getCvVersionRow(vault.db, candidateId) ?? (undefined as never));
    const fromReview = reviewSource(vault.db, candidateId, 1, cv);
    expect(fromReview.review).toBe('done');
    expect(fromReview.spans.some((s) => s.kind === 'special')).toBe(plan.items.filter((i) => i.kind === 'special').length > 1);
    expect(fromReview.spans.some((s) => s.text === special.text)).toBe(false);

    // A later decision makes the review stale until marked again.
    p = decideAll(vault.db, candidateId, 'accept', { kind: 'identifier' }, clock());
    expect(p.status.state).toBe('stale');
    expect(p.items.filter((i) => i.kind === 'identifier').every((i) => i.decision === 'accept')).toBe(true);
    if (manual?.termId) expect(removeTerm(vault.db, candidateId, manual.termId).items.some((i) => i.kind === 'manual')).toBe(false);
    addTerm(vault.db, candidateId, { text: employer, always: true }, clock());
  });

  it('keeps decisions when a new CV version of the same candidate is imported', async () => {
    const before = getReviewPlan(vault.db, candidateId);
    const docx = await renderDocxFixture(persona, 'styled');
    const outcome = await importCv(deps, { fileName: 'cv.docx', bytes: docx.bytes, source });
    expect(outcome).toMatchObject({ status: 'imported', candidateId, version: 2 });
    const after = getReviewPlan(vault.db, candidateId);
    expect(after.version).toBe(2);
    expect(after.status.state).toBe('stale');
    const rejected = before.items.filter((i) => i.decision === 'reject').map((i) => i.id);
    for (const id of rejected) {
      const again = after.items.find((i) => i.id === id);
      if (again) expect(again.decision).toBe('reject');
    }
    expect(after.items.some((i) => i.kind === 'manual' && i.always === true && i.occurrences.length > 0)).toBe(true);
    // Texts found in both versions keep the decision taken on version 1 (the e-mail at least).
    const accepted = before.items.filter((i) => i.decision === 'accept' && after.items.some((a) => a.id === i.id));
    expect(accepted.some((i) => i.type === 'email')).toBe(true);
    for (const i of accepted) expect(after.items.find((a) => a.id === i.id)?.decision).toBe('accept');
  });

  it('reports what is removed by type and section, without values', () => {
    const report = reviewReport(vault.db, candidateId);
    const plan = getReviewPlan(vault.db, candidateId);
    expect(report.removed.items).toBe(plan.items.filter((i) => i.redact).length);
    expect(report.bySection.reduce((n, s) => n + s.occurrences, 0)).toBe(report.removed.occurrences);
    const json = JSON.stringify(report);
    for (const v of [persona.fullName, persona.emails[0] ?? 'x@y', persona.surname]) expect(json).not.toContain(v);
  });
});
