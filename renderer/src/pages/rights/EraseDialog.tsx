import { useId, useRef, useState, type FormEvent } from 'react';
import type { EraseResult } from '../../../../shared/contract';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { confirmationMatches } from '../requests/request-model';
import { EraseSummary } from './EraseSummary';

interface EraseDialogProps {
  readonly candidateId: number;
  readonly candidateRef: string;
  /** Erase everything, or anonymise: erase everything but keep non-identifying counts. */
  readonly mode: 'erase' | 'anonymise';
  /** After the consultant read the confirmation and closed the dialog. */
  readonly onDone: (result: EraseResult) => void;
  readonly size?: 'sm' | 'md';
  /** A calmer trigger where several rows each have one; the dialog's own button stays red. */
  readonly quiet?: boolean;
}

/**
 * The irreversible step, behind a modal that asks to type the candidate's reference code. The
 * confirmation (what was removed, which clients to inform) stays until the consultant closes it.
 */
export function EraseDialog({ candidateId, candidateRef, mode, onDone, size = 'md', quiet = false }: EraseDialogProps) {
  const { t } = useT();
  const { api } = useClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const erase = useAction(api[mode === 'erase' ? 'rights.erase' : 'retention.anonymise']);
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<EraseResult | undefined>(undefined);
  const matches = confirmationMatches(typed, candidateRef);

  const open = (): void => {
    setTyped('');
    erase.clearError();
    dialog.current?.showModal();
  };
  const closed = (): void => {
    // Escape or the Done button: either way, a finished erasure is reported once.
    if (result) {
      const r = result;
      setResult(undefined);
      onDone(r);
    }
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!matches) return;
    void erase.run({ candidateId, confirm: true }).then((r) => {
      if (r) setResult(r);
    });
  };

  return (
    <>
      <Button variant={quiet ? 'secondary' : 'danger'} size={size} icon="x" onClick={open} data-testid={`${mode}-open`}>
        {t(`rights.${mode}.open`)}
      </Button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId} onClose={closed} data-testid={`${mode}-dialog`}>
        {result ? (
          <div className="stack" data-testid={`${mode}-done`}>
            <h2 className="confirm-dialog-title" id={titleId}>
              {t(`rights.${mode}.doneTitle`, { ref: result.ref })}
            </h2>
            <EraseSummary result={result} />
            <div className="form-actions">
              <Button variant="primary" onClick={() => dialog.current?.close()} data-testid={`${mode}-close`}>
                {t('rights.erase.closeDialog')}
              </Button>
            </div>
          </div>
        ) : (
          <form className="stack" onSubmit={submit} noValidate>
            <h2 className="confirm-dialog-title" id={titleId}>
              {t(`rights.${mode}.title`, { ref: candidateRef })}
            </h2>
            <Alert tone="warning">{t(`rights.${mode}.warning`)}</Alert>
            <p>{t('rights.erase.keeps')}</p>
            <TextField
              label={t('rights.erase.typeRef', { ref: candidateRef })}
              value={typed}
              onChange={setTyped}
              autoComplete="off"
              spellCheck={false}
              data-testid={`${mode}-confirm-input`}
            />
            <ActionError code={erase.error} />
            <div className="form-actions">
              <Button variant="ghost" onClick={() => dialog.current?.close()}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" variant="danger" disabled={!matches} busy={erase.busy} data-testid={`${mode}-submit`}>
                {t(`rights.${mode}.submit`)}
              </Button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
