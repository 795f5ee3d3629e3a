import { useCallback } from 'react';
import type { ExtractedText } from '../../../../shared/candidates/candidate';
import { useClient } from '../../api/ClientContext';
import { Card } from '../../components/Card';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { groupLines } from './extracted-blocks';

/** What was read from the original file, page by page, in reading order. */
export function ExtractedTextView({ candidateId, version }: { readonly candidateId: number; readonly version: number }) {
  const { t } = useT();
  const { api } = useClient();
  const text = useLoad(useCallback(() => api['candidates.extractedText']({ id: candidateId, version }), [api, candidateId, version]));
  return (
    <Card
      title={t('candidate.extractedTitle')}
      description={text.state.kind === 'ok' ? t('candidate.extractedIntro', { file: text.state.value.fileName }) : undefined}
      titleId="extracted-title"
      testId="extracted-text"
    >
      {text.state.kind === 'loading' ? <Loading /> : null}
      {text.state.kind === 'error' ? <LoadError code={text.state.code} onRetry={text.reload} /> : null}
      {text.state.kind === 'ok' ? <Blocks text={text.state.value} /> : null}
    </Card>
  );
}

function Blocks({ text }: { readonly text: ExtractedText }) {
  const { t } = useT();
  if (text.lines.length === 0) return <p className="muted">{t('candidate.noText')}</p>;
  const blocks = groupLines(text.lines);
  return (
    <div className="extracted">
      {blocks.map((b) => {
        const label = [
          b.region === 'body' ? undefined : t(`candidate.region.${b.region}`),
          b.column !== undefined && b.column > 0 && b.region === 'body' ? t('candidate.column', { column: b.column }) : undefined,
        ].filter(Boolean);
        return (
          <div key={b.key} className={`extracted-block extracted-${b.region}`}>
            {b.firstOfPage && text.pageCount > 1 ? <p className="extracted-page">{t('candidate.page', { page: b.page })}</p> : null}
            {label.length > 0 ? <p className="extracted-label">{label.join(' · ')}</p> : null}
            {b.lines.map((line, i) => (
              <p key={i} className="extracted-line">
                {line}
              </p>
            ))}
          </div>
        );
      })}
    </div>
  );
}
