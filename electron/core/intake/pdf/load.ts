import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { corruptPdf, encryptedPdf } from '../failures';

type PdfJs = typeof PdfJsModule;

let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js in Node runs its "worker" in this thread. Handing it the worker module ourselves avoids
 * it resolving a script path at run time (which breaks inside bundles and packaged apps).
 */
export const loadPdfJs = (): Promise<PdfJs> => {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
};

/** Font, CMap and wasm data come from the installed package folder: nothing is fetched. */
const packageDir = (): string => dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

let dataDirs: { fonts: string; cmaps: string; wasm: string } | undefined;
const dataPaths = () => {
  if (!dataDirs) {
    const root = packageDir();
    dataDirs = { fonts: join(root, 'standard_fonts') + '/', cmaps: join(root, 'cmaps') + '/', wasm: join(root, 'wasm') + '/' };
  }
  return dataDirs;
};

/** Decoded images above this many pixels are skipped; we never look at pixels anyway. */
const MAX_IMAGE_PIXELS = 16 * 1024 * 1024;

const errorName = (e: unknown): string => (typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '');

export const mapPdfError = (e: unknown): Error => {
  if (errorName(e) === 'PasswordException') return encryptedPdf();
  return corruptPdf();
};

export const openPdf = async (bytes: Uint8Array): Promise<PDFDocumentProxy> => {
  const lib = await loadPdfJs();
  const dirs = dataPaths();
  const task = lib.getDocument({
    // pdf.js may take ownership of the buffer it is given; the caller keeps its own copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    standardFontDataUrl: dirs.fonts,
    cMapUrl: dirs.cmaps,
    cMapPacked: true,
    wasmUrl: dirs.wasm,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw mapPdfError(e);
  }
};
