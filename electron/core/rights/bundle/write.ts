import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { derivePurpose } from '../../../../shared/consent/derive';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleJson, type BundleResult } from '../../../../shared/rights/bundle';
import { CoreError } from '../../errors';
import { listConsentEvents } from '../../repositories/consent-events';
import { retentionOf } from '../../retention/due';
import { loadSettings } from '../../settings/settings';
import type { Db } from '../../vault/database';
import { recipientsOf } from '../recipients';
import { requireVerifiedDisclosure } from '../requests';
import { collectCandidateData } from './collect';
import { renderReport } from './report';

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

const folderError = (message: string) => new CoreError('RIGHTS_BUNDLE_FOLDER', message);

/** The legal basis for client sharing as it stood on the day of each share. */
const basisPerShare = (db: Db, candidateId: number, shares: Record<string, unknown>[]): Map<number, string> => {
  const events = listConsentEvents(db, candidateId);
  const out = new Map<number, string>();
  for (const s of shares) {
    const at = typeof s.at === 'string' ? s.at : '';
    const state = derivePurpose(events.filter((e) => e.at <= at), 'client-sharing', at.slice(0, 10));
    if (state.basis) out.set(Number(s.id), `${state.basis} (${state.status})`);
  }
  return out;
};

/**
 * Writes the access / portability bundle for a verified request into a new folder inside `outDir`:
 * report.pdf, data.json and the stored files. Built in a hidden sibling folder and renamed at the
 * end, so a failure never leaves half a bundle behind.
 */
export const writeBundle = async (db: Db, requestId: number, outDir: string, now: Date = new Date()): Promise<BundleResult> => {
  const req = requireVerifiedDisclosure(db, requestId);
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) throw folderError('Pick an existing folder to write the bundle into.');
  const target = join(outDir, `${req.candidate_ref}-${req.ref}`);
  if (existsSync(target)) throw folderError(`${target} already exists: pick another folder or move the earlier bundle away.`);

  const candidateId = req.candidate_id;
  const collected = collectCandidateData(db, candidateId, sha256);
  const privacy = loadSettings(db).privacy;
  const bundle: BundleJson = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    generatedAt: now.toISOString(),
    controller: { name: privacy.controllerName, address: privacy.controllerAddress, contactEmail: privacy.contactEmail },
    request: {
      ref: req.ref,
      type: req.type,
      receivedOn: req.received_on,
      dueOn: req.due_on,
      verification: { method: req.verified_method ?? '', at: req.verified_at ?? '' },
    },
    candidate: { id: candidateId, ref: req.candidate_ref },
    retention: (({ situation, from, dueOn, extendedUntil, status }) => ({ situation, from, dueOn, ...(extendedUntil ? { extendedUntil } : {}), status }))(
      retentionOf(db, candidateId, now),
    ),
    recipients: recipientsOf(db, candidateId),
    tables: collected.tables,
    files: collected.files.map((f) => ({ path: f.path, table: f.table, column: f.column, rowId: f.rowId, fileName: f.fileName, sha256: sha256(f.bytes), size: f.bytes.length })),
    activity: (db.prepare(`SELECT id, at, action FROM audit_events WHERE subject_ref = ? ORDER BY id`).all(req.candidate_ref) as BundleJson['activity']),
  };
  const report = await renderReport({ bundle, shareBasis: basisPerShare(db, candidateId, collected.tables.shares?.rows ?? []) });

  const staging = join(outDir, `.cvault-bundle-${randomBytes(6).toString('hex')}`);
  try {
    mkdirSync(join(staging, 'files'), { recursive: true, mode: 0o700 });
    for (const f of collected.files) {
      const p = join(staging, f.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, f.bytes, { mode: 0o600, flag: 'wx' });
    }
    writeFileSync(join(staging, 'data.json'), `${JSON.stringify(bundle, null, 2)}\n`, { mode: 0o600 });
    writeFileSync(join(staging, 'report.pdf'), report.bytes, { mode: 0o600 });
    renameSync(staging, target);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (e instanceof CoreError) throw e;
    throw folderError('The bundle could not be written to that folder (permissions or disk space). Nothing was left behind.');
  }
  return {
    dir: target,
    requestRef: req.ref,
    candidateRef: req.candidate_ref,
    pdf: join(target, 'report.pdf'),
    json: join(target, 'data.json'),
    files: collected.files.map((f) => join(target, f.path)),
    tables: Object.keys(collected.tables).sort(),
    pages: report.pages,
  };
};

