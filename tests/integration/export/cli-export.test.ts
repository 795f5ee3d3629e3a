import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePersona, renderPdfFixture } from '../../fixtures';
import { cvault } from '../../support/cli';
import { tempDirs } from '../../support/tmp';
import { nameWords } from '../../../shared/export/baseline';
import { flat, pdftotext } from './support';

const tmp = tempDirs();
const PASS = 'amber-otter-climbs-7-hills';
const env = { CVAULT_PASSPHRASE: PASS };
let dir: string;
let out: string;
let ref: string;
let fullName: string;
let email: string;

const run = (args: string[]) => cvault(['--vault', dir, ...args], env);

beforeAll(async () => {
  dir = tmp.make();
  out = tmp.make('cvault-cli-out-');
  expect(run(['init', '--json']).code).toBe(0);
  const persona = generatePersona(31, 'fr');
  fullName = persona.fullName;
  email = persona.emails[0] ?? '';
  const file = join(tmp.make(), 'cv.pdf');
  writeFileSync(file, (await renderPdfFixture(persona, 'single')).bytes);
  const imported = run(['import', file, '--source', 'website-form', '--json']);
  expect(imported.code).toBe(0);
  ref = (JSON.parse(imported.stdout.trim().split('\n')[0] ?? '{}') as { ref: string }).ref;
  expect(ref).toMatch(/^CV-\d{4}-\d{4}$/);
}, 120_000);
afterAll(() => tmp.cleanup());

describe('cvault export / templates / shares', () => {
  it('lists the templates with the default marked', () => {
    const r = run(['templates', '--json']);
    expect(r.code).toBe(0);
    const list = r.json as { id: string; isDefault: boolean; valid: boolean }[];
    expect(list.map((t) => t.id)).toEqual(['classic', 'compact', 'modern']);
    expect(list.filter((t) => t.isDefault).map((t) => t.id)).toEqual(['classic']);
    expect(list.every((t) => t.valid)).toBe(true);
  });

  it('refuses an unreviewed CV, then exports a blind PDF into a folder under the default name', () => {
    const blocked = run(['export', ref, '--blind', '--out', out, '--json']);
    expect(blocked.code).toBe(1);
    expect((blocked.json as { error: { code: string } }).error.code).toBe('EXPORT_BLOCKED_UNREVIEWED');
    expect(readdirSync(out)).toEqual([]);
    expect(run(['review', ref, '--accept-all', '--done', '--json']).code).toBe(0);
    const r = run(['export', ref, '--blind', '--out', out, '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const res = r.json as { file: string; sha256: string; shareId: number; fileName: string };
    expect(res.fileName).toBe(`${ref}_Meridian-Talent-Partners.pdf`);
    expect(res.sha256).toBe(createHash('sha256').update(readFileSync(res.file)).digest('hex'));
    const text = flat(pdftotext(res.file));
    for (const w of nameWords([fullName])) if (w.length >= 3) expect(text).not.toMatch(new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u'));
    expect(text).not.toContain(flat(email));
  }, 60_000);

  it('exports named DOCX with another template and logs both shares', () => {
    const r = run(['export', ref, '--mode', 'named', '--template', 'compact', '--format', 'docx', '--out', join(out, 'named.docx'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const shares = run(['shares', ref, '--json']).json as { mode: string; format: string; templateId: string; clientName?: string }[];
    expect(shares.map((s) => [s.mode, s.format, s.templateId])).toEqual([['named', 'docx', 'compact'], ['blind', 'pdf', 'classic']]);
    expect(shares.every((s) => s.clientName === undefined)).toBe(true);
    const csv = run(['shares', '--csv']).stdout;
    expect(csv.split('\r\n')[0]).toBe('at,ref,clientName,templateName,mode,language,format,consultant,fileName,sha256');
    expect(csv.trim().split('\r\n')).toHaveLength(3);
  }, 60_000);

  it('reports usage errors and typed errors', () => {
    expect(run(['export', ref, '--out', out]).code).toBe(2);
    const unknown = run(['export', ref, '--blind', '--template', 'nope', '--out', out, '--json']);
    expect((unknown.json as { error: { code: string } }).error.code).toBe('TEMPLATE_NOT_FOUND');
    const exists = run(['export', ref, '--blind', '--out', out, '--json']);
    expect((exists.json as { error: { code: string } }).error.code).toBe('EXPORT_FILE_EXISTS');
  }, 60_000);
});
