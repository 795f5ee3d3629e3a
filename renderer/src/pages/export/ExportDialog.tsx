import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportResult } from '../../../../shared/contract';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LiveRegion } from '../../components/LiveRegion';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { blockerPlace, exportBlockers } from './blockers';
import { ExportForm, type ExportChoice } from './ExportForm';
import { PdfPreview } from './PdfPreview';
import { base64ToBytes, MIME_TYPES } from './bytes';
import { saveFile } from './save-file';

interface ExportDialogProps {
  readonly candidateId: number;
  readonly onClose: () => void;
  /** A share was logged: lists of shares refresh. */
  readonly onExported: (result: ExportResult) => void;
  /** Go where a blocker is resolved. */
  readonly onGo: (place: 'review' | 'consent' | 'clients') => void;
}

const INITIAL: ExportChoice = { template: undefined, mode: 'blind', language: undefined, format: 'pdf', clientId: undefined };

/** The export dialog: choices on the left, the live preview on the right, the gate's reasons before the button. */
export function ExportDialog({ candidateId, onClose, onExported, onGo }: ExportDialogProps) {
  const { t, error } = useT();
  const { api } = useClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<ExportChoice>(INITIAL);
  const [result, setResult] = useState<ExportResult | undefined>(undefined);
  const templates = useLoad(useCallback(() => api['templates.list']({}), [api]));
  const clients = useLoad(useCallback(() => api['clients.list']({}), [api]));
  const request = useCallback(
    () => ({
      candidateId,
      mode: choice.mode,
      format: choice.format,
      ...(choice.template ? { template: choice.template } : {}),
      ...(choice.language ? { language: choice.language } : {}),
      ...(choice.clientId !== undefined ? { clientId: choice.clientId } : {}),
    }),
    [candidateId, choice],
  );
  const preview = useLoad(useCallback(() => api['export.preview'](request()), [api, request]));
  const create = useAction(useCallback(() => api['export.create'](request()), [api, request]));

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const save = (r: ExportResult) => {
    if (r.data) saveFile(base64ToBytes(r.data), r.fileName, choice.format === 'docx' ? MIME_TYPES.docx : MIME_TYPES.pdf);
  };
  const submit = async () => {
    const r = await create.run();
    if (!r) return;
    setResult(r);
    save(r);
    onExported(r);
  };
  const change = (next: ExportChoice) => {
    setChoice(next);
    setResult(undefined);
    create.clearError();
  };

  const p = preview.state.kind === 'ok' ? preview.state.value : undefined;
  const blockers = p ? exportBlockers(p) : [];
  const ready = preview.state.kind === 'ok' && !preview.state.refreshing && blockers.length === 0;

  return (
    <dialog ref={dialog} className="dialog export-dialog" aria-labelledby="export-title" onClose={onClose} data-testid="export-dialog">
      <header className="dialog-header">
        <div>
          <h2 className="dialog-title" id="export-title">
            {t('export.title')}
          </h2>
          <p className="card-description">{t('export.intro')}</p>
        </div>
        <Button variant="ghost" icon="x" onClick={() => dialog.current?.close()} aria-label={t('export.close')} data-testid="export-close">
          {t('export.close')}
        </Button>
      </header>
      <div className="export-body">
        <div className="export-side">
          {templates.state.kind === 'error' ? <LoadError code={templates.state.code} onRetry={templates.reload} /> : null}
          {clients.state.kind === 'error' ? <LoadError code={clients.state.code} onRetry={clients.reload} /> : null}
          <ExportForm
            choice={choice}
            onChange={change}
            templates={templates.state.kind === 'ok' ? templates.state.value : []}
            clients={clients.state.kind === 'ok' ? clients.state.value : []}
          />
          <LiveRegion>
            {preview.state.kind === 'error' ? (
              <Alert tone="error" code={preview.state.code} testId="export-blocked">
                {preview.state.code === 'EXPORT_BLOCKED_LEAK' ? t('export.reason.leak') : error(preview.state.code)}
              </Alert>
            ) : null}
            {blockers.length > 0 ? (
              <Alert tone="warning" title={t('export.blockedTitle')} testId="export-blocked">
                <ul className="reason-list">
                  {blockers.map((b) => (
                    <li key={b.code} data-testid="export-reason" data-code={b.code}>
                      {b.code === 'UNREVIEWED' ? t('export.reason.unreviewed') : b.message}
                    </li>
                  ))}
                </ul>
                <div className="alert-actions">
                  {[...new Set(blockers.map(blockerPlace))].map((place) => (
                    <Button key={place} size="sm" variant="secondary" onClick={() => onGo(place)}>
                      {place === 'review' ? t('export.goReview') : place === 'consent' ? t('export.goConsent') : t('nav.clients')}
                    </Button>
                  ))}
                </div>
              </Alert>
            ) : null}
            {ready && !result ? (
              <Alert tone="success" testId="export-ready">
                {t('export.ready')}
              </Alert>
            ) : null}
            {create.error ? (
              <Alert tone="error" code={create.error} testId="export-error">
                {create.error === 'EXPORT_BLOCKED_LEAK' ? t('export.reason.leak') : error(create.error)}
              </Alert>
            ) : null}
            {result ? (
              <Alert tone="success" title={t('export.done', { file: result.fileName })} testId="export-done">
                <p>{t('export.savedHint')}</p>
                <p data-testid="export-share-id">{t('export.share', { id: result.shareId })}</p>
                <dl className="export-receipt">
                  <dt>{t('export.sha256')}</dt>
                  <dd>
                    <code className="hash" data-testid="export-sha256">
                      {result.sha256}
                    </code>
                  </dd>
                </dl>
                <div className="alert-actions">
                  <Button size="sm" variant="secondary" icon="fileText" onClick={() => save(result)}>
                    {t('export.saveAgain')}
                  </Button>
                </div>
              </Alert>
            ) : null}
          </LiveRegion>
          <Button variant="primary" size="lg" block icon="send" disabled={!ready} busy={create.busy} onClick={() => void submit()} data-testid="export-submit">
            {t('export.submit', { format: choice.format === 'docx' ? t('export.format.docx') : t('export.format.pdf') })}
          </Button>
        </div>
        <section className="export-preview" aria-labelledby="export-preview-title">
          <header className="export-preview-header">
            <h3 className="card-title" id="export-preview-title">
              {t('export.previewTitle')}
            </h3>
            {p ? (
              <p className="muted" data-testid="preview-meta">
                {t('export.previewPages', { count: p.pages, file: p.fileName })}
              </p>
            ) : null}
          </header>
          {choice.format === 'docx' ? <p className="cell-note">{t('export.previewDocx')}</p> : null}
          {preview.state.kind === 'loading' ? <Loading testId="preview-loading" /> : null}
          {p ? <PdfPreview pdf={p.pdf} /> : null}
        </section>
      </div>
    </dialog>
  );
}
