import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { structureCv } from '../../../shared/cv/structure';
import { nameWords } from '../../../shared/export/baseline';
import { extractDocument } from '../../../electron/core/intake/extract';
import { createExport } from '../../../electron/core/export/export-cv';
import { getCvVersionRow, parseCv } from '../../../electron/core/repositories/cv-versions';
import { updateSettings } from '../../../electron/core/settings/settings';
import { Vault } from '../../../electron/core/vault/vault';
import { docxText, generatePersona, renderDocxFixture, renderPdfFixture, type Fixture } from '../../fixtures';
import { tempDirs } from '../../support/tmp';
import { PASSPHRASE, TEST_KDF } from '../../support/vault';
import { digits, ensureExportTables, flat, importFixture, planFromTruth, poppler, reviewFrom } from './support';

/**
 * Every shipped template in both modes over fixtures in the four languages, PDF and DOCX, checked
 * with tools outside our code: pdftotext, pdfinfo, pdfdetach (poppler) and the DOCX's own XML.
 */
const tmp = tempDirs();
let vault: Vault;
let out: string;
const CONSULTANT = { consultantName: 'Sarah Janssens', consultantEmail: 'sarah.janssens@firm.example', consultantPhone: '+32 470 11 22 33' };

interface Case {
  fx: Fixture;
  candidateId: number;
  fullName: string;
  givenName: string;
  emails: string[];
  phones: string[];
  special: string[];
}
const cases: Case[] = [];

beforeAll(async () => {
  vault = await Vault.create(tmp.make(), PASSPHRASE, { kdf: TEST_KDF });
  ensureExportTables(vault.db);
  updateSettings(vault.db, CONSULTANT, '2026-03-01T09:00:00Z');
  out = tmp.make('cvault-export-out-');
  const langs = ['nl', 'fr', 'en', 'de'] as const;
  for (const [i, lang] of langs.entries()) {
    const persona = generatePersona(100 + i, lang);
    const fxs = [await renderPdfFixture(persona, i % 2 ? 'sidebar-left' : 'single'), await renderDocxFixture(generatePersona(200 + i, lang), i % 2 ? 'styled' : 'table')];
    for (const fx of fxs) {
      const candidateId = await importFixture(vault.db, fx);
      const p = fx.format === 'pdf' ? persona : generatePersona(200 + i, lang);
      cases.push({ fx, candidateId, fullName: p.fullName, givenName: p.givenNames[0] ?? '', emails: p.emails, phones: p.phones, special: fx.truth.special.map((s) => s.text) });
    }
  }
}, 120_000);
afterAll(() => {
  vault.close();
  tmp.cleanup();
});

const reviewFor = (c: Case) => {
  const cv = parseCv(getCvVersionRow(vault.db, c.candidateId) ?? (() => { throw new Error('no cv'); })());
  return reviewFrom(planFromTruth(cv, c.fx.truth));
};

const nameWordsOf = (c: Case) => [...nameWords([c.fullName])].filter((w) => w.length >= 3);
const hasWord = (text: string, w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'u').test(flat(text));

const checkBlind = (text: string, c: Case) => {
  for (const w of nameWordsOf(c)) expect(hasWord(text, w), `name part "${w}" in ${c.fx.name}`).toBe(false);
  for (const e of c.emails) expect(flat(text)).not.toContain(flat(e));
  for (const p of c.phones) expect(digits(text.replace(/\s/g, ''))).not.toContain(digits(p).slice(-8));
  for (const s of c.special) expect(flat(text), `special statement in ${c.fx.name}`).not.toContain(flat(s));
};

const checkNamed = (text: string, c: Case, naming: 'full' | 'first') => {
  if (naming === 'full') expect(flat(text)).toContain(flat(c.fullName));
  else expect(flat(text)).toContain(flat(c.givenName));
  for (const e of c.emails) expect(flat(text)).not.toContain(flat(e));
  for (const p of c.phones) expect(digits(text.replace(/\s/g, ''))).not.toContain(digits(p).slice(-8));
  expect(flat(text)).toContain(flat(CONSULTANT.consultantEmail));
  for (const s of c.special) expect(flat(text)).not.toContain(flat(s));
};

const NAMING = { classic: 'full', modern: 'first', compact: 'first' } as const;

describe.each(['classic', 'modern', 'compact'] as const)('template %s', (template) => {
  it.each(['blind', 'named'] as const)('%s PDFs carry what they must and nothing else (pdftotext, pdfinfo, pdfdetach)', async (mode) => {
    for (const c of cases) {
      const r = await createExport({ db: vault.db, review: reviewFor(c) }, { candidateId: c.candidateId, templateId: template, mode, format: 'pdf', out: join(out, `${template}-${mode}-${c.candidateId}.pdf`) });
      const text = poppler('pdftotext', ['-enc', 'UTF-8', r.file, '-']);
      expect(text.length).toBeGreaterThan(400);
      if (mode === 'blind') checkBlind(text, c);
      else checkNamed(text, c, NAMING[template]);
      const info = poppler('pdfinfo', ['-enc', 'UTF-8', r.file]);
      const ref = readFileSync(r.file).length > 0 ? (info.match(/^Title:\s+(.*)$/m)?.[1] ?? '') : '';
      expect(ref).toMatch(/^CV-\d{4}-\d{4} — /);
      expect(info).toMatch(/^Creator:\s+CVault$/m);
      expect(info).toMatch(/^Producer:\s+CVault$/m);
      expect(info).toMatch(/^Metadata Stream:\s+no$/m);
      if (mode === 'blind') for (const w of nameWordsOf(c)) expect(hasWord(info, w)).toBe(false);
      expect(poppler('pdfdetach', ['-list', r.file])).toMatch(/^0 embedded files/m);
      const fonts = poppler('pdffonts', [r.file]);
      for (const line of fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes\s+\w+\s+yes/);
    }
  }, 180_000);

  it.each(['blind', 'named'] as const)('%s DOCX files (document, headers, footers, properties) likewise', async (mode) => {
    for (const c of cases.filter((_, i) => i % 2 === 0)) {
      const r = await createExport({ db: vault.db, review: reviewFor(c) }, { candidateId: c.candidateId, templateId: template, mode, format: 'docx', out: join(out, `${template}-${mode}-${c.candidateId}.docx`) });
      const d = await docxText(readFileSync(r.file));
      const all = [...d.body, ...d.headers, ...d.footers, JSON.stringify(d)].join('\n');
      if (mode === 'blind') checkBlind(all, c);
      else checkNamed(all, c, NAMING[template]);
      expect(d.body.length).toBeGreaterThan(10);
    }
  }, 120_000);
});

describe('the exported PDF reads back as a CV', () => {
  it('re-imports through our own pipeline with its sections found', async () => {
    const c = cases[0] as Case;
    const r = await createExport({ db: vault.db, review: reviewFor(c) }, { candidateId: c.candidateId, mode: 'blind', format: 'pdf', out });
    expect(r.fileName).toMatch(/^CV-\d{4}-\d{4}_Meridian-Talent-Partners\.pdf$/);
    expect(readdirSync(out)).toContain(r.fileName);
    const cv = structureCv(await extractDocument(readFileSync(r.file)));
    expect(cv.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(['experience', 'education']));
  }, 60_000);
});
