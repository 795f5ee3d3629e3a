import { spawnSync } from 'node:child_process';
import type { StructuredCv } from '../../../shared/cv/model';
import { structureCv } from '../../../shared/cv/structure';
import type { ExportPlan, RedactionSpan } from '../../../shared/export/redaction';
import { importCv } from '../../../electron/core/candidates/import';
import type { ReviewSource } from '../../../electron/core/export/review-source';
import { extractDocument } from '../../../electron/core/intake/extract';
import { m005Export } from '../../../electron/core/vault/migrations/005-export';
import type { Db } from '../../../electron/core/vault/database';
import type { Fixture, FixtureTruth } from '../../fixtures';
import type { SourceKind } from '../../../shared/candidates/source';

/**
 * Until migration 004 (review) lands, 005 cannot take its place in the ordered list; the export
 * tests then add its tables themselves. Once registered, this does nothing.
 */
export const ensureExportTables = (db: Db): void => {
  const has = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'shares'`).pluck().get() as number;
  if (has === 0) m005Export.up(db);
};

/** Imports a fixture through the real pipeline (extraction + structuring), from a source that allows sharing. */
export const importFixture = async (db: Db, fx: Fixture, kind: SourceKind = 'website-form'): Promise<number> => {
  const out = await importCv(
    { db: () => db, extract: (bytes) => extractDocument(bytes), structure: structureCv, now: () => new Date('2026-03-01T09:00:00Z') },
    { fileName: fx.name, bytes: fx.bytes, source: { kind, receivedOn: '2026-03-01', consultant: 'Sarah' } },
  );
  if (out.status !== 'imported' || !out.candidateId) throw new Error(`import failed: ${JSON.stringify(out)}`);
  return out.candidateId;
};

const TYPE_MAP: Readonly<Record<string, string>> = {
  'given-name': 'name',
  'national-number': 'national-id',
  'referee-name': 'referee',
  'referee-phone': 'referee',
  'referee-email': 'referee',
};

const units = (cv: StructuredCv): { path: string; text: string }[] => [
  ...cv.header.map((text, i) => ({ path: `header.${i}`, text })),
  ...cv.sections.flatMap((s, si) => [
    ...s.lines.map((text, i) => ({ path: `sections.${si}.lines.${i}`, text })),
    ...(s.entries ?? []).flatMap((e, ei) => {
      const base = `sections.${si}.entries.${ei}`;
      return [
        ...(['title', 'organisation', 'location'] as const).flatMap((f) => (e[f] ? [{ path: `${base}.${f}`, text: e[f] ?? '' }] : [])),
        ...e.bullets.map((text, i) => ({ path: `${base}.bullets.${i}`, text })),
        ...e.lines.map((text, i) => ({ path: `${base}.lines.${i}`, text })),
      ];
    }),
  ]),
];

/**
 * What a finished review would hand over for this fixture: every identifier and special-category
 * statement of the ground truth, found in the structured CV's units (as a detector reports spans).
 */
export const planFromTruth = (cv: StructuredCv, truth: FixtureTruth, extra: { type: string; kind: 'identifier' | 'special'; text: string }[] = []): ExportPlan => {
  const wanted = [
    ...truth.identifiers.map((i) => ({ kind: 'identifier' as const, type: TYPE_MAP[i.type] ?? i.type, text: i.text })),
    ...truth.special.map((s) => ({ kind: 'special' as const, type: s.category, text: s.text })),
    ...extra,
  ];
  const spans: RedactionSpan[] = [];
  const list = units(cv);
  for (const w of wanted) {
    if (w.text.length < 2) continue;
    // Whole words only, as a detector reports them ("man" the gender is not in "Manager").
    const body = w.text.trim().split(/\s+/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    const rx = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
    let found = false;
    for (const u of list) {
      for (const m of u.text.matchAll(rx)) {
        found = true;
        spans.push({ path: u.path, start: m.index, end: m.index + m[0].length, kind: w.kind, type: w.type, text: m[0] });
      }
    }
    if (found) continue;
    // A statement a PDF wrapped over two lines: a detector marks the part on each line.
    list.forEach((u, i) => {
      const next = list[i + 1];
      if (!next || next.path.replace(/\d+$/, '') !== u.path.replace(/\d+$/, '')) return;
      const joined = `${u.text} ${next.text}`;
      for (const m of joined.matchAll(rx)) {
        const end = m.index + m[0].length;
        if (m.index >= u.text.length || end <= u.text.length + 1) continue;
        spans.push({ path: u.path, start: m.index, end: u.text.length, kind: w.kind, type: w.type, text: u.text.slice(m.index) });
        spans.push({ path: next.path, start: 0, end: end - u.text.length - 1, kind: w.kind, type: w.type, text: next.text.slice(0, end - u.text.length - 1) });
      }
    });
  }
  return { review: 'done', spans };
};

export const reviewFrom = (plan: ExportPlan): ReviewSource => () => plan;

export const pdftotext = (file: string): string => {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
};

export const poppler = (tool: string, args: string[]): string => {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return r.stdout;
};

/** Folded, one space: how a person scanning the page would compare. */
export const flat = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').toLowerCase();
export const digits = (s: string): string => s.replace(/\D/g, '');
