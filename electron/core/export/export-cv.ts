import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { ExportPreview, ExportResult } from '../../../shared/contract/export';
import { CoreError } from '../errors';
import { currentConsultant } from '../candidates/consultant';
import { getClientRow } from '../repositories/clients';
import { guardAgainstLeaks } from './guard/leak-guard';
import { removeQuietly, resolveOutput, writeExport } from './output-file';
import { prepareExport, renderExport, type ExportDeps, type ExportRequest, type PreparedExport } from './prepare';
import { insertShare } from './store/shares-repo';

const requireGates = (p: PreparedExport): void => {
  if (p.plan.review === 'pending')
    throw new CoreError('EXPORT_BLOCKED_UNREVIEWED', `${p.candidate.ref}: the review of this CV version is not finished. Finish it, then export.`);
  if (!p.gate.allowed)
    throw new CoreError('EXPORT_BLOCKED_NO_CONSENT', `${p.candidate.ref} may not be shared: ${p.gate.reasons.map((r) => `${r.code}: ${r.message}`).join(' ')}`);
};

/**
 * A preview for the export dialog: rendered and leak-checked like the real thing, but nothing is
 * written or logged. The gate's decision comes along so the dialog can say why the button is off.
 */
export const previewExport = async (deps: ExportDeps, req: ExportRequest): Promise<ExportPreview> => {
  const now = deps.now ?? new Date();
  const p = prepareExport(deps, { ...req, format: 'pdf' });
  const { bytes, pages } = await renderExport(p, 'pdf', now);
  await guardAgainstLeaks(bytes, 'pdf', p.needles);
  return { pdf: Buffer.from(bytes).toString('base64'), pages: pages ?? 1, fileName: p.fileName.replace(/\.pdf$/, `.${req.format}`), gate: p.gate, review: p.plan.review };
};

/**
 * The export: gates, build, render, leak guard, write, log, in that order. Any refusal leaves no
 * file and no log line; a failure to log removes the file, so every file written is logged.
 */
export const createExport = async (deps: ExportDeps, req: ExportRequest & { out?: string | undefined; overwrite?: boolean | undefined }): Promise<ExportResult> => {
  const now = deps.now ?? new Date();
  const p = prepareExport(deps, req);
  requireGates(p);
  const { bytes, pages } = await renderExport(p, req.format, now);
  await guardAgainstLeaks(bytes, req.format, p.needles);
  // Without `out` the UI saves the file itself (a browser download or the save dialog): the core writes nothing.
  const path = req.out === undefined ? undefined : resolveOutput(req.out, p.fileName);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (path) writeExport(path, bytes, req.overwrite ?? false);
  const fileName = path ? basename(path) : p.fileName;
  try {
    const client = req.clientId === undefined ? undefined : getClientRow(deps.db, req.clientId);
    const shareId = deps.db.transaction(() =>
      insertShare(deps.db, {
        candidateId: p.candidate.id,
        ref: p.candidate.ref,
        cvVersion: p.cvVersion,
        ...(client ? { clientId: client.id, clientName: client.name } : {}),
        templateId: p.template.id,
        templateName: p.template.template.name,
        mode: req.mode,
        language: p.company.language,
        format: req.format,
        consultant: currentConsultant(deps.db),
        at: now.toISOString(),
        fileName,
        sha256,
        size: bytes.length,
      }),
    )();
    const result = { file: path ?? fileName, fileName, sha256, shareId, size: bytes.length, ...(pages ? { pages } : {}) };
    return path ? result : { ...result, data: Buffer.from(bytes).toString('base64') };
  } catch (e) {
    if (path) removeQuietly(path);
    throw e;
  }
};
