import { useCallback, useRef, useState } from 'react';
import type { SourceInput } from '../../../shared/candidates/source';
import { useClient } from '../api/ClientContext';
import { useLoad } from '../hooks/useLoad';
import { useImportQueue } from '../import/ImportQueueContext';
import { useT } from '../i18n/useT';
import type { PageProps } from '../shell/PageProps';
import { todayLocal } from '../ui/format';
import { DropZone } from './import/DropZone';
import { ImportProgress } from './import/ImportProgress';
import { SourceForm, type SourceDraft } from './import/SourceForm';
import { StagedFiles } from './import/StagedFiles';

const toSource = (d: SourceDraft): SourceInput | undefined => {
  if (!d.kind) return undefined;
  const detail = d.detail.trim();
  const consultant = d.consultant.trim();
  return {
    kind: d.kind,
    ...(detail ? { detail } : {}),
    ...(d.receivedOn ? { receivedOn: d.receivedOn } : {}),
    ...(consultant ? { consultant } : {}),
  };
};

/** Importing CVs (PDF, DOCX): the batch's source, the files, then per-file progress and results. */
export function ImportPage({ openCandidate }: PageProps) {
  const { t } = useT();
  const { api } = useClient();
  const queue = useImportQueue();
  const settings = useLoad(useCallback(() => api['settings.get']({}), [api]));
  const [draft, setDraft] = useState<SourceDraft>({ kind: '', detail: '', receivedOn: todayLocal(), consultant: '' });
  const [kindError, setKindError] = useState(false);
  const kindRef = useRef<HTMLSelectElement>(null);
  const staged = queue.items.filter((i) => i.status === 'staged');
  const sent = queue.items.filter((i) => i.status !== 'staged');
  const consultantName = settings.state.kind === 'ok' ? settings.state.value.consultantName : '';

  const start = (): void => {
    const source = toSource(draft);
    if (!source) {
      setKindError(true);
      kindRef.current?.focus();
      return;
    }
    queue.start(source);
  };

  return (
    <div className="stack-lg">
      <div className="import-grid">
        <SourceForm
          value={draft}
          onChange={(d) => {
            setDraft(d);
            if (d.kind) setKindError(false);
          }}
          kindError={kindError}
          kindRef={kindRef}
          consultantPlaceholder={consultantName}
        />
        <div className="stack">
          <DropZone onFiles={queue.stage} />
          {staged.length > 0 ? <StagedFiles items={staged} onStart={start} onRemove={queue.unstage} onClear={queue.clearStaged} /> : null}
        </div>
      </div>
      {sent.length > 0 ? (
        <ImportProgress items={sent} summary={queue.summary} onCancel={queue.cancel} onClear={queue.clearFinished} onOpen={openCandidate} />
      ) : (
        <p className="muted import-privacy">{t('import.emptyBody')}</p>
      )}
    </div>
  );
}
