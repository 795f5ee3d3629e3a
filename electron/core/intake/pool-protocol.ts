import type { ExtractedDocument } from '../../../shared/cv/document';
import type { ErrorCode } from '../../../shared/errors';
import type { ExtractionLimits, FileHint } from './limits';

/** Messages between the ExtractionPool and its extract-worker threads. */
export interface WorkerConfig {
  limits: ExtractionLimits;
}

export interface ExtractRequest {
  id: number;
  bytes: Uint8Array;
  hint?: FileHint;
}

export type FromExtractWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; doc: ExtractedDocument }
  | { type: 'result'; id: number; ok: false; error: { code: ErrorCode; message: string } };
