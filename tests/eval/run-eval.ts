import { structureCv } from '../../shared/cv/structure';
import { detectCv } from '../../shared/detect/detect';
import { extractDocument } from '../../electron/core/intake/extract';
import { fixtureSet, type Fixture } from '../fixtures';
import { scoreFixture, type ItemOutcome } from './score';

/**
 * `npm run eval:redaction`: runs the real pipeline (extract → structure → detect) over the fixture
 * set and prints identifier recall per type, special-category recall per category and language,
 * and over-redaction on must-keep content. Only counts are printed, never texts.
 */
/** The report goes to stdout (a CLI-style tool, not a log). */
const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

interface Row {
  language: string;
  file: string;
  outcome: ItemOutcome;
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

const table = (title: string, rows: readonly Row[], key: (r: Row) => string, good: (r: Row) => boolean, extra?: (r: Row) => boolean) => {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  print(`\n${title}`);
  const all = rows.filter((r) => !r.outcome.missingText);
  for (const [k, g] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const found = g.filter((r) => !r.outcome.missingText);
    const ok = found.filter(good).length;
    const ex = extra ? `  same type ${pct(found.filter(extra).length, found.length)}` : '';
    const missing = g.length - found.length;
    print(`  ${k.padEnd(28)} ${String(ok).padStart(4)}/${String(found.length).padEnd(4)} ${pct(ok, found.length)}${ex}${missing ? `  (${missing} not in extracted text)` : ''}`);
  }
  print(`  ${'ALL'.padEnd(28)} ${String(all.filter(good).length).padStart(4)}/${String(all.length).padEnd(4)} ${pct(all.filter(good).length, all.length)}`);
};

const args = process.argv.slice(2);
const seedArg = args.indexOf('--seeds');
const seeds = seedArg >= 0 ? (args[seedArg + 1] ?? '1').split(',').map(Number) : [1];
const verbose = args.includes('--misses');

const rows: Row[] = [];
for (const seed of seeds) {
  const fixtures: Fixture[] = await fixtureSet({ seed });
  for (const f of fixtures) {
    const doc = await extractDocument(f.bytes);
    const cv = structureCv(doc);
    const detections = detectCv({ cv, properties: doc.properties });
    for (const outcome of scoreFixture(f.truth, cv, doc.properties, detections)) {
      rows.push({ language: f.language, file: f.name, outcome });
      if (verbose && !outcome.missingText && (outcome.kind === 'keep' ? outcome.hit : !outcome.hit))
        print(`  miss: seed ${seed} ${f.name} ${outcome.kind}/${outcome.label}`);
    }
  }
}

const ids = rows.filter((r) => r.outcome.kind === 'identifier');
const special = rows.filter((r) => r.outcome.kind === 'special');
const keep = rows.filter((r) => r.outcome.kind === 'keep');
print(`Redaction evaluation: seeds ${seeds.join(',')}, ${new Set(rows.map((r) => `${r.file}`)).size} files per seed set`);
table('Identifier recall per type (covered by any identifier detection):', ids, (r) => r.outcome.label, (r) => r.outcome.hit, (r) => r.outcome.sameType);
table('Special-category recall per category (statement covered >= 90%):', special, (r) => r.outcome.label, (r) => r.outcome.hit, (r) => r.outcome.sameType);
table('Special-category recall per language:', special, (r) => r.language, (r) => r.outcome.hit, (r) => r.outcome.sameType);
table('Over-redaction: must-keep items flagged, per reason (lower is better):', keep, (r) => r.outcome.label, (r) => r.outcome.hit);
table('Over-redaction per language:', keep, (r) => r.language, (r) => r.outcome.hit);
