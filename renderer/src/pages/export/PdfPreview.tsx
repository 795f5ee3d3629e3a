import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../components/Alert';
import { useT } from '../../i18n/useT';
import { loadPdfJs } from './pdfjs';
import { base64ToBytes } from './bytes';

/** Wide enough to read, narrow enough to sit beside the form. */
const PAGE_WIDTH = 520;

/** The PDF drawn page by page onto canvases with pdf.js: nothing is written to disk, no viewer plug-in. */
export function PdfPreview({ pdf }: { readonly pdf: string }) {
  const { t } = useT();
  const host = useRef<HTMLDivElement>(null);
  // Which PDF was last drawn (or failed): a new one is 'drawing' until its own outcome arrives.
  const [outcome, setOutcome] = useState<{ pdf: string; ok: boolean } | undefined>(undefined);
  const state = outcome?.pdf !== pdf ? 'drawing' : outcome.ok ? 'drawn' : 'failed';

  useEffect(() => {
    let cancelled = false;
    let destroy: (() => Promise<void>) | undefined;
    const draw = async (): Promise<void> => {
      const pdfjs = await loadPdfJs();
      const task = pdfjs.getDocument({ data: base64ToBytes(pdf), isEvalSupported: false, enableXfa: false, stopAtErrors: true });
      destroy = () => task.destroy();
      const doc = await task.promise;
      const canvases: HTMLCanvasElement[] = [];
      for (let n = 1; n <= doc.numPages && !cancelled; n++) {
        const page = await doc.getPage(n);
        const base = page.getViewport({ scale: 1 });
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: (PAGE_WIDTH / base.width) * ratio });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.className = 'pdf-page';
        canvas.dataset['testid'] = 'pdf-page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', t('export.previewPage', { page: n, total: doc.numPages }));
        await page.render({ canvas, viewport }).promise;
        canvases.push(canvas);
      }
      if (cancelled || !host.current) return;
      host.current.replaceChildren(...canvases);
      setOutcome({ pdf, ok: true });
    };
    draw().catch(() => {
      if (!cancelled) setOutcome({ pdf, ok: false });
    });
    return () => {
      cancelled = true;
      void destroy?.();
    };
  }, [pdf, t]);

  return (
    <div className="pdf-preview" data-testid="pdf-preview" data-state={state} aria-busy={state === 'drawing'}>
      {state === 'failed' ? <Alert tone="error">{t('export.previewFailed')}</Alert> : null}
      <div className="pdf-pages" ref={host} />
    </div>
  );
}
