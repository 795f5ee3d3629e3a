import type * as PdfJsModule from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on first use (it is large), with its worker served from the app's own files:
 * the CSP's `script-src 'self'` covers it, no blob: or eval needed.
 */
export const loadPdfJs = (): Promise<PdfJs> => {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
};
