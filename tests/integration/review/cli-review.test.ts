import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePersona, renderPdfFixture } from '../../fixtures';
import { cvault } from '../../support/cli';
import { tempDirs } from '../../support/tmp';

interface Item {
  id: string;
  kind: string;
  type: string;
  text: string;
  decision: string;
  occurrences: { id: string; path: string; start: number; end: number }[];
}
interface Plan {
  version: number;
  status: { state: string; by?: string };
  counts: Record<string, number>;
  items: Item[];
}

const tmp = tempDirs();
const env = { CVAULT_PASSPHRASE: 'amber-otter-climbs-7-hills' };
let dir: string;
let ref: string;
const persona = generatePersona(52, 'fr', { special: ['religion'] });
const run = (args: string[]) => cvault(['--vault', dir, ...args], env);

beforeAll(async () => {
  dir = tmp.make();
  expect(run(['init', '--json']).code).toBe(0);
  const file = join(tmp.make(), 'cv.pdf');
  writeFileSync(file, (await renderPdfFixture(persona, 'two-column')).bytes);
  const imported = run(['import', file, '--source', 'job-website', '--json']);
  expect(imported.code).toBe(0);
  ref = (JSON.parse(imported.stdout.trim().split('\n')[0] ?? '{}') as { ref: string }).ref;
}, 120_000);
afterAll(() => tmp.cleanup());

describe('cvault review', () => {
  it('prints the plan as stable JSON: items with ids, types, spans and decisions', () => {
    const r = run(['review', ref, '--json']);
    expect(r.code).toBe(0);
    const plan = r.json as Plan;
    expect(plan.version).toBe(1);
    expect(plan.status.state).toBe('unreviewed');
    expect(plan.items.some((i) => i.type === 'email')).toBe(true);
    expect(plan.items.some((i) => i.kind === 'special' && i.type === 'religion')).toBe(true);
    for (const i of plan.items) {
      expect(i.id).toMatch(/^f-[0-9a-f]{16}$/);
      for (const o of i.occurrences) expect(o.end).toBeGreaterThanOrEqual(o.start);
    }
  });

  it('rejects one item, adds a manual term, then --accept-all --done trusts the rest', () => {
    const plan = run(['review', ref, '--json']).json as Plan;
    const special = plan.items.find((i) => i.kind === 'special');
    if (!special) throw new Error('no special-category item');
    const rejected = run(['review', ref, '--reject', special.id, '--json']).json as Plan;
    expect(rejected.items.find((i) => i.id === special.id)?.decision).toBe('reject');

    const school = persona.education[0]?.school ?? '';
    const added = run(['review', ref, '--add', school, '--json']).json as Plan;
    expect(added.items.find((i) => i.kind === 'manual')).toMatchObject({ text: school, decision: 'accept' });

    const done = run(['review', ref, '--accept-all', '--done', '--json']).json as Plan;
    expect(done.status.state).toBe('reviewed');
    expect(done.counts.pending).toBe(0);
    expect(done.items.find((i) => i.id === special.id)?.decision).toBe('accept');
  });

  it('prints the report without values, and typed errors for unknown ids and texts', () => {
    const report = run(['review', ref, '--report', '--json']);
    expect(report.code).toBe(0);
    expect(report.stdout).not.toContain(persona.fullName);
    expect(report.stdout).not.toContain(persona.emails[0] ?? '@');
    expect((report.json as { removed: { items: number } }).removed.items).toBeGreaterThan(0);

    const unknown = run(['review', ref, '--reject', 'f-0000000000000000', '--json']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr + unknown.stdout).toContain('REVIEW_ITEM_NOT_FOUND');
    const missing = run(['review', ref, '--add', 'qqq-not-there', '--json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr + missing.stdout).toContain('REVIEW_TEXT_NOT_FOUND');
    expect(run(['review', ref, '--always', '--json']).code).toBe(2);
  });
});
