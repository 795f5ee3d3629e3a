import type { BundleJson } from '../../../../shared/rights/bundle';
import { PdfWriter } from './pdf-writer';

type Row = Record<string, unknown>;

const str = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));
const day = (v: unknown): string => str(v).slice(0, 10);
const isFile = (v: unknown): v is { file: string; sha256: string; size: number } =>
  typeof v === 'object' && v !== null && 'file' in v && 'sha256' in v;
const asRow = (v: unknown): Row => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Row) : {});
const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);

const LONG = 600;

/** Any table without its own section: every column of every row, so nothing held is left out of the report. */
const genericTable = (w: PdfWriter, name: string, t: { columns: string[]; rows: Row[] }): void => {
  w.subheading(`${name.replace(/_/g, ' ')} (${t.rows.length})`);
  t.rows.forEach((row, i) => {
    w.note(`Record ${i + 1}`);
    for (const c of t.columns) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      if (isFile(v)) w.field(c, `stored file, copied as ${v.file} (${v.size} bytes)`, 10);
      else {
        const s = str(v);
        w.field(c, s.length > LONG ? `${s.slice(0, LONG)}… (${s.length} characters in full in data.json)` : s, 10);
      }
    }
  });
};

const cvVersion = (w: PdfWriter, r: Row): void => {
  w.subheading(`Version ${str(r.version)} — stored ${day(r.created_at)} by ${str(r.created_by)} (${str(r.language)})`);
  const cv = asRow(r.cv);
  const contact = asRow(cv.contact);
  if (contact.name) w.field('Name', str(contact.name), 10);
  for (const e of asStrings(contact.emails)) w.field('E-mail', e, 10);
  for (const p of asStrings(contact.phones)) w.field('Phone', p, 10);
  if (contact.address) w.field('Address', str(contact.address), 10);
  for (const l of asStrings(contact.links)) w.field('Link', l, 10);
  for (const l of asStrings(cv.header)) w.paragraph(l, 10);
  for (const s of Array.isArray(cv.sections) ? cv.sections.map(asRow) : []) {
    if (str(s.title)) w.paragraph(str(s.title).toUpperCase(), 10);
    for (const l of asStrings(s.lines)) w.paragraph(l, 20);
  }
};

export interface ReportInput {
  bundle: BundleJson;
  /** For each share row id: the legal basis for client sharing on the day it was shared. */
  shareBasis: Map<number, string>;
}

/** The readable PDF: what a candidate sees first. Returns the tables it covered (all of them). */
export const renderReport = async ({ bundle, shareBasis }: ReportInput): Promise<{ bytes: Uint8Array; pages: number; tables: string[] }> => {
  const t = bundle.tables;
  const rows = (name: string): Row[] => t[name]?.rows ?? [];
  const covered = new Set<string>();
  const section = (name: string) => {
    covered.add(name);
    return rows(name);
  };
  const w = await PdfWriter.create(`Personal data — ${bundle.candidate.ref}`);

  w.title('Personal data we hold about you');
  w.field('Controller', [bundle.controller.name, bundle.controller.address].filter(Boolean).join(', ') || '(not set)');
  if (bundle.controller.contactEmail) w.field('Privacy contact', bundle.controller.contactEmail);
  w.field('Your reference', bundle.candidate.ref);
  w.field('Your request', `${bundle.request.ref} (${bundle.request.type}), received ${bundle.request.receivedOn}, answered ${day(bundle.generatedAt)}`);
  w.note(
    'This report lists everything we hold about you. The same data is in data.json (machine-readable, for portability), and the files you or others sent us are in the files folder.',
  );

  w.heading('Your personal data');
  for (const c of section('candidates')) {
    w.field('Name', str(c.name) || '(none recorded)');
    w.field('Reference', str(c.ref));
    w.field('CV language', str(c.language));
    w.field('Record created', day(c.created_at));
    w.field('Last updated', day(c.updated_at));
  }
  for (const k of section('candidate_contacts')) w.field(str(k.kind) === 'email' ? 'E-mail (for matching)' : 'Phone (for matching)', str(k.value));

  w.heading('Your CV as we hold it');
  const versions = section('cv_versions');
  if (!versions.length) w.paragraph('No structured CV is stored.');
  versions.forEach((v) => cvVersion(w, v));

  w.heading('Original files');
  for (const d of section('documents'))
    w.paragraph(`${str(d.file_name)} (${str(d.format)}, ${str(d.page_count)} pages, imported ${day(d.imported_at)}) — in the files folder`);
  for (const f of bundle.files.filter((x) => x.table !== 'documents')) w.paragraph(`${f.fileName} — in the files folder (${f.table})`);
  covered.add('consent_evidence');

  w.heading('Where your CV came from');
  for (const s of section('sources'))
    w.paragraph(`${str(s.received_on)}: ${str(s.kind)}${s.detail ? ` (${str(s.detail)})` : ''}, recorded by ${str(s.consultant)}`);

  w.heading('Consent and legal bases');
  for (const e of section('consent_events'))
    w.paragraph(
      `${day(e.at)} ${str(e.purpose)}: ${str(e.status)} on the basis of ${str(e.basis)}${e.method ? `, by ${str(e.method)}` : ''}${e.expires_on ? `, until ${str(e.expires_on)}` : ''}${Number(e.by_default) === 1 ? ' (default from how we received your CV)' : ''}${e.note ? ` — ${str(e.note)}` : ''}`,
    );
  for (const n of section('notice_events')) w.paragraph(`${str(n.on_date)}: ${str(n.kind) === 'informed' ? 'you were informed that we hold your CV' : 'first contact'}${n.method ? ` (${str(n.method)})` : ''}`);
  for (const f of section('processing_flags'))
    w.paragraph(`${day(f.at)}: ${str(f.flag)} ${str(f.action) === 'set' ? 'recorded' : 'lifted'}${f.reason ? ` — ${str(f.reason)}` : ''}`);

  w.heading('Who received your CV');
  const shares = section('shares');
  if (!shares.length) w.paragraph('Your CV has not been sent to any client.');
  for (const s of shares)
    w.paragraph(
      `${day(s.at)}: ${str(s.client_name) || `client #${str(s.client_id)}`} received CV version ${str(s.cv_version)} (${str(s.mode)}, ${str(s.format)}), on the basis of ${shareBasis.get(Number(s.id)) ?? 'no recorded basis'}`,
    );

  w.heading('How long we keep your data');
  const r = bundle.retention;
  w.paragraph(`Rule: ${r.situation}, counted from ${r.from}. Review date: ${r.dueOn}.`);
  for (const d of section('retention_decisions'))
    w.paragraph(`${day(d.at)}: ${str(d.kind) === 'extend' ? `kept until ${str(d.on_date)}` : `placed on ${str(d.on_date)}`}${d.reason ? ` — ${str(d.reason)}` : ''}`);

  w.heading('Your requests');
  for (const q of section('rights_requests'))
    w.paragraph(
      `${str(q.ref)}: ${str(q.type)}, received ${str(q.received_on)} (${str(q.channel)}), due ${str(q.due_on)}${q.extension_reason ? `, extended: ${str(q.extension_reason)}` : ''}, ${str(q.status)}${q.outcome ? ` — ${str(q.outcome)}` : ''}`,
    );

  const others = Object.keys(t).filter((n) => !covered.has(n)).sort();
  if (others.length) {
    w.heading('Other records');
    for (const n of others) {
      const table = t[n];
      if (table) genericTable(w, n, table);
      covered.add(n);
    }
  }

  w.heading('What we did with your data');
  w.note('Each action on your record is logged (by reference, without your personal details):');
  for (const a of bundle.activity) w.paragraph(`${a.at.slice(0, 16).replace('T', ' ')}  ${a.action}`);

  const { bytes, pages } = await w.save();
  return { bytes, pages, tables: [...covered].filter((n) => n in t).sort() };
};
