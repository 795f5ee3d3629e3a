import { SOURCE_KINDS } from '../../../../shared/candidates/source';
import { STATUSES } from '../../../../shared/consent/types';
import { Checkbox } from '../../components/Checkbox';
import { FilterBar, SearchBox } from '../../components/FilterBar';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';
import { isFiltered, type FilterDraft } from './filters';

interface CandidateFiltersProps {
  readonly value: FilterDraft;
  readonly onChange: (value: FilterDraft) => void;
  readonly onClear: () => void;
}

/** Search and the filters the core supports: client-sharing consent, shareability, source, notice due. */
export function CandidateFilters({ value, onChange, onClear }: CandidateFiltersProps) {
  const { t } = useT();
  return (
    <FilterBar testId="candidate-filters" clearLabel={t('candidates.clearFilters')} filtered={isFiltered(value)} onClear={onClear}>
      <SearchBox
        id="candidate-search"
        label={t('candidates.searchLabel')}
        placeholder={t('candidates.searchPlaceholder')}
        value={value.query}
        onChange={(query) => onChange({ ...value, query })}
      />
      <SelectField
        label={t('candidates.filterConsent')}
        value={value.consent}
        onChange={(v) => onChange({ ...value, consent: v })}
        placeholder={t('common.any')}
        options={STATUSES.map((s) => ({ value: s, label: t(`consent.status.${s}`) }))}
        testId="filter-consent"
        className="input-compact"
      />
      <SelectField
        label={t('candidates.filterShareable')}
        value={value.shareable}
        onChange={(v) => onChange({ ...value, shareable: v === 'yes' || v === 'no' ? v : '' })}
        placeholder={t('common.any')}
        options={[
          { value: 'yes', label: t('candidates.filterShareableYes') },
          { value: 'no', label: t('candidates.filterShareableNo') },
        ]}
        testId="filter-shareable"
        className="input-compact"
      />
      <SelectField
        label={t('candidates.filterSource')}
        value={value.sourceKind ?? ''}
        onChange={(v) => onChange({ ...value, sourceKind: v })}
        placeholder={t('common.any')}
        options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`source.kind.${k}`) }))}
        testId="filter-source"
        className="input-compact"
      />
      <div className="filter-check">
        <Checkbox checked={value.noticeDue} onChange={(c) => onChange({ ...value, noticeDue: c })} testId="filter-notice-due">
          {t('candidates.filterNoticeDue')}
        </Checkbox>
      </div>
    </FilterBar>
  );
}
