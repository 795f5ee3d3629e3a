import type { RefObject } from 'react';
import { SOURCE_KINDS, type SourceKind } from '../../../../shared/candidates/source';
import { obtainedFromCandidate } from '../../../../shared/consent/defaults';
import { Card } from '../../components/Card';
import { Icon } from '../../components/Icon';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';

export interface SourceDraft {
  readonly kind: SourceKind | '';
  readonly detail: string;
  readonly receivedOn: string;
  readonly consultant: string;
}

interface SourceFormProps {
  readonly value: SourceDraft;
  readonly onChange: (value: SourceDraft) => void;
  readonly kindError: boolean;
  readonly kindRef: RefObject<HTMLSelectElement | null>;
  readonly consultantPlaceholder: string;
}

const DETAIL_PLACEHOLDERS: Partial<Record<SourceKind, 'source.detailPlaceholder.job-website' | 'source.detailPlaceholder.referral' | 'source.detailPlaceholder.business-card'>> = {
  'job-website': 'source.detailPlaceholder.job-website',
  referral: 'source.detailPlaceholder.referral',
  'business-card': 'source.detailPlaceholder.business-card',
};

/** Where the batch came from: kind, detail (which job board, who referred), date and consultant. */
export function SourceForm({ value, onChange, kindError, kindRef, consultantPlaceholder }: SourceFormProps) {
  const { t } = useT();
  const kind = value.kind;
  const placeholder = kind ? DETAIL_PLACEHOLDERS[kind] : undefined;
  return (
    <Card title={t('import.sourceTitle')} description={t('import.sourceIntro')} testId="source-form">
      <div className="stack">
        <SelectField
          label={t('import.kind')}
          value={kind}
          onChange={(v) => onChange({ ...value, kind: v as SourceKind | '' })}
          options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`source.kind.${k}`) }))}
          placeholder={t('import.kindPlaceholder')}
          error={kindError ? t('import.kindRequired') : undefined}
          testId="source-kind"
          ref={kindRef}
          hint={
            kind ? (
              <span className="inline-note">
                <Icon name={obtainedFromCandidate(kind) ? 'checkCircle' : 'info'} size={14} />
                {obtainedFromCandidate(kind) ? t('source.fromCandidate') : t('source.sourced')}
              </span>
            ) : undefined
          }
        />
        <TextField
          label={`${kind ? t(`source.detailLabel.${kind}`) : t('source.detailLabel.other')} (${t('common.optional')})`}
          value={value.detail}
          onChange={(v) => onChange({ ...value, detail: v })}
          placeholder={placeholder ? t(placeholder) : undefined}
          maxLength={500}
          data-testid="source-detail"
        />
        <div className="form-row">
          <TextField
            label={t('import.receivedOn')}
            type="date"
            value={value.receivedOn}
            onChange={(v) => onChange({ ...value, receivedOn: v })}
            data-testid="source-received"
          />
          <TextField
            label={t('import.consultant')}
            value={value.consultant}
            onChange={(v) => onChange({ ...value, consultant: v })}
            placeholder={consultantPlaceholder}
            hint={t('import.consultantHint')}
            maxLength={200}
            data-testid="source-consultant"
          />
        </div>
      </div>
    </Card>
  );
}
