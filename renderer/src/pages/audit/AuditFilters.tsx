import { FilterBar } from '../../components/FilterBar';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { AUDIT_GROUPS, EMPTY_AUDIT_FILTER, type AuditFilterDraft } from './audit-model';

interface AuditFiltersProps {
  readonly value: AuditFilterDraft;
  readonly onChange: (value: AuditFilterDraft) => void;
  readonly onClear: () => void;
}

/** What happened (action group), to whom (reference code) and when (a date range). */
export function AuditFilters({ value, onChange, onClear }: AuditFiltersProps) {
  const { t } = useT();
  const filtered = JSON.stringify(value) !== JSON.stringify(EMPTY_AUDIT_FILTER);
  return (
    <FilterBar testId="audit-filters" clearLabel={t('candidates.clearFilters')} filtered={filtered} onClear={onClear}>
      <SelectField
        label={t('audit.filter.action')}
        value={value.group}
        onChange={(v) => onChange({ ...value, group: v })}
        placeholder={t('common.any')}
        options={AUDIT_GROUPS.map((g) => ({ value: g, label: t(`audit.group.${g}`) }))}
        testId="audit-filter-action"
        className="input-compact"
      />
      <TextField
        label={t('audit.filter.ref')}
        value={value.subjectRef}
        onChange={(v) => onChange({ ...value, subjectRef: v })}
        placeholder="CV-2026-0001"
        maxLength={40}
        spellCheck={false}
        className="input-compact"
        data-testid="audit-filter-ref"
      />
      <TextField label={t('audit.filter.from')} type="date" value={value.from} onChange={(v) => onChange({ ...value, from: v })} className="input-compact" data-testid="audit-filter-from" />
      <TextField label={t('audit.filter.to')} type="date" value={value.to} onChange={(v) => onChange({ ...value, to: v })} className="input-compact" data-testid="audit-filter-to" />
    </FilterBar>
  );
}
