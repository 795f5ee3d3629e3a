import type { ExtractedDocument } from '../../../shared/cv/document';
import { isCoreError } from '../errors';
import { extractDocx } from './docx/extract-docx';
import { unreadable } from './failures';
import { guardFile } from './guard';
import { resolveLimits, type ExtractionLimits, type FileHint } from './limits';
import { extractPdf } from './pdf/extract-pdf';

/**
 * Guard and extraction of one file, in the calling thread: what each pool worker runs. The
 * time budget and memory limit are the pool's job; everything else is enforced here.
 */
export const extractDocument = async (
  bytes: Uint8Array,
  limits?: Partial<ExtractionLimits>,
  hint?: FileHint,
): Promise<ExtractedDocument> => {
  const resolved = resolveLimits(limits);
  try {
    const file = guardFile(bytes, resolved, hint);
    return file.kind === 'pdf' ? await extractPdf(file.bytes, resolved) : await extractDocx(file.bytes, file.parts, file.entries);
  } catch (e) {
    if (isCoreError(e)) throw e;
    throw unreadable();
  }
};
