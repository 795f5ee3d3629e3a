import { SOURCE_KINDS } from '../../../../shared/candidates/source';
import { STATUSES } from '../../../../shared/consent/types';
import { Button } from '../../components/Button';
import { Checkbox } from '../../components/Checkbox';
import { Icon } from '../../components/Icon';
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
    <div className="filters" role="search" data-testid="candidate-filters">
      <div className="search-box">
        <label className="visually-hidden" htmlFor="candidate-search">
          {t('candidates.searchLabel')}
        </label>
        <Icon name="search" size={16} className="search-icon" />
        <input
          id="candidate-search"
          type="search"
          className="input search-input"
          placeholder={t('candidates.searchPlaceholder')}
          value={value.query}
          onChange={(e) => onChange({ ...value, query: e.target.value })}
          maxLength={200}
          data-testid="candidate-search"
        />
      </div>
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
      {isFiltered(value) ? (
        <div className="filter-clear">
          <Button variant="ghost" size="sm" icon="x" onClick={onClear}>
            {t('candidates.clearFilters')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
