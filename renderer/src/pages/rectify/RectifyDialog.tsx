import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { CandidateDetail } from '../../../../shared/candidates/candidate';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { LiveRegion } from '../../components/LiveRegion';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { ContactFields } from './ContactFields';
import { CvTextFields } from './CvTextFields';
import { cvFromDraft } from './rectify-build';
import { draftChanged, draftFromCv, type CvDraft } from './rectify-draft';
import { validateDraft } from './rectify-validate';

interface RectifyDialogProps {
  /** The candidate at its latest version: the correction is based on that version. */
  readonly candidate: CandidateDetail;
  readonly onClose: () => void;
  readonly onSaved: (version: number) => void;
  /** The CV changed meanwhile: load the latest version. */
  readonly onReload: () => void;
}

/**
 * The correction form (art. 16) in a modal: contact details, then the CV text. Saving makes a new
 * version on top of the one shown; Cancel, Close and Escape discard the edits.
 */
export function RectifyDialog({ candidate, onClose, onSaved, onReload }: RectifyDialogProps) {
  const { t, error } = useT();
  const { api } = useClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<CvDraft>(() => draftFromCv(candidate.cv));
  const [attempted, setAttempted] = useState(false);
  const save = useAction(api['candidates.rectify']);
  const problems = useMemo(() => validateDraft(draft), [draft]);
  const problemCount = Object.keys(problems).length;
  const changed = draftChanged(candidate.cv, draft);
  const latest = Math.max(candidate.version, ...candidate.versions.map((v) => v.version));

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLInputElement>('[data-testid="rectify-name"]')?.focus();
  }, []);

  const focusFirstProblem = useCallback(() => {
    requestAnimationFrame(() => dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }, []);

  const change = (next: CvDraft): void => {
    setDraft(next);
    // A stale base stays stale whatever is typed: that message stays until the reload.
    if (save.error && save.error !== 'INVALID_INPUT') save.clearError();
  };

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!changed || save.busy) return;
    if (problemCount > 0) {
      setAttempted(true);
      focusFirstProblem();
      return;
    }
    void save.run({ id: candidate.id, basedOn: latest, cv: cvFromDraft(candidate.cv, draft) }).then((r) => {
      if (r) onSaved(r.version);
    });
  };

  const stale = save.error === 'INVALID_INPUT';
  const title = candidate.name ? t('rectify.title', { name: candidate.name }) : t('rectify.titleNoName');

  return (
    <dialog ref={dialog} className="dialog rectify-dialog" aria-labelledby="rectify-title" onClose={onClose} data-testid="rectify-dialog">
      <header className="dialog-header">
        <div>
          <h2 className="dialog-title" id="rectify-title">
            {title}
          </h2>
          <p className="card-description">{t('rectify.intro', { version: latest + 1 })}</p>
        </div>
        <Button variant="ghost" icon="x" onClick={() => dialog.current?.close()} aria-label={t('rectify.close')} data-testid="rectify-close">
          {t('rectify.closeShort')}
        </Button>
      </header>
      <form className="rectify-form" onSubmit={submit} noValidate>
        <div className="rectify-body">
          <ContactFields draft={draft} onChange={change} problems={attempted ? problems : {}} />
          <CvTextFields cv={candidate.cv} draft={draft} onChange={change} />
        </div>
        <footer className="rectify-footer">
          <LiveRegion politeness="assertive">
            {attempted && problemCount > 0 ? (
              <Alert tone="error" testId="rectify-problems">
                {t('rectify.problemsSummary', { count: problemCount })}
              </Alert>
            ) : null}
            {stale ? (
              <Alert tone="warning" code={save.error} testId="rectify-stale">
                <p>{t('rectify.stale')}</p>
                <div className="alert-actions">
                  <Button size="sm" variant="secondary" onClick={onReload} data-testid="rectify-reload">
                    {t('rectify.reload')}
                  </Button>
                </div>
              </Alert>
            ) : save.error ? (
              <Alert tone="error" code={save.error} testId="rectify-error">
                {error(save.error)}
              </Alert>
            ) : null}
          </LiveRegion>
          <div className="rectify-footer-actions">
            {!changed ? <p className="cell-note">{t('rectify.unchanged')}</p> : null}
            <Button variant="ghost" onClick={() => dialog.current?.close()} data-testid="rectify-cancel">
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant="primary" icon="check" disabled={!changed || stale} busy={save.busy} data-testid="rectify-save">
              {t('rectify.save')}
            </Button>
          </div>
        </footer>
      </form>
    </dialog>
  );
}
