import { useState, type FormEvent } from 'react';
import type { EraseResult } from '../../../../shared/contract';
import type { BundleResult } from '../../../../shared/rights/bundle';
import type { RightsRequest } from '../../../../shared/rights/types';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LiveRegion } from '../../components/LiveRegion';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { EraseDialog } from '../rights/EraseDialog';
import { FlagControl } from '../rights/FlagControl';
import { actionFor, insideFolder } from './request-model';

interface AnswerStepProps {
  readonly request: RightsRequest;
  readonly onErased: (result: EraseResult) => void;
  readonly onOpenCandidate: (id: number) => void;
}

/** The one action that answers this type of request, offered once the identity is recorded. */
export function AnswerStep({ request, onErased, onOpenCandidate }: AnswerStepProps) {
  const { t } = useT();
  const action = actionFor(request.type);
  switch (action) {
    case 'bundle':
      return <BundleAction request={request} />;
    case 'erase':
      return (
        <div className="stack">
          <p>{t('rights.answer.erase')}</p>
          <div>
            <EraseDialog candidateId={request.candidateId} candidateRef={request.candidateRef} mode="erase" onDone={onErased} />
          </div>
        </div>
      );
    case 'restriction':
    case 'objection':
      return <FlagControl candidateId={request.candidateId} flag={action} reasonNote={request.ref} />;
    case 'rectify':
    case 'withdraw':
      return (
        <div className="stack">
          <p>{t(action === 'rectify' ? 'rights.answer.rectify' : 'rights.answer.withdraw')}</p>
          <div>
            <Button icon="chevronRight" onClick={() => onOpenCandidate(request.candidateId)} data-testid="answer-open-candidate">
              {t('rights.answer.openCandidate', { ref: request.candidateRef })}
            </Button>
          </div>
        </div>
      );
  }
}

/** Access and portability: report.pdf, data.json and the originals, written into a folder the consultant names. */
function BundleAction({ request }: { readonly request: RightsRequest }) {
  const { t } = useT();
  const { api } = useClient();
  const write = useAction(api['rights.export']);
  const [outDir, setOutDir] = useState('');
  const [missing, setMissing] = useState(false);
  const [result, setResult] = useState<BundleResult | undefined>(undefined);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (outDir.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setResult(undefined);
    void write.run({ id: request.id, outDir: outDir.trim() }).then((r) => {
      if (r) setResult(r);
    });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('rights.bundle.title')} data-testid="bundle-form">
      <p>{t('rights.bundle.intro')}</p>
      <TextField
        label={t('rights.bundle.folder')}
        value={outDir}
        onChange={(v) => {
          setOutDir(v);
          setMissing(false);
        }}
        placeholder={t('rights.bundle.folderPlaceholder')}
        hint={t('rights.bundle.folderHint')}
        error={missing ? t('rights.bundle.needFolder') : undefined}
        maxLength={1000}
        spellCheck={false}
        data-testid="bundle-folder"
      />
      <div>
        <Button type="submit" variant="primary" icon="folder" busy={write.busy} data-testid="bundle-submit">
          {t('rights.bundle.submit')}
        </Button>
      </div>
      <ActionError code={write.error} testId="bundle-error" />
      <LiveRegion>
        {result ? (
          <Alert tone="success" title={t('rights.bundle.done', { count: result.pages })} testId="bundle-done">
            <p>
              {t('rights.bundle.where')} <code className="path" data-testid="bundle-dir">{result.dir}</code>
            </p>
            <ul className="bundle-files" data-testid="bundle-files">
              {[result.pdf, result.json, ...result.files].map((f) => (
                <li key={f}>
                  <code>{insideFolder(result.dir, f)}</code>
                </li>
              ))}
            </ul>
            <p className="cell-note">{t('rights.bundle.tables', { count: result.tables.length })}</p>
          </Alert>
        ) : null}
      </LiveRegion>
    </form>
  );
}
