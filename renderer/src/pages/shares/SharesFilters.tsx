import { FilterBar, SearchBox } from '../../components/FilterBar';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { hasFilters, type ShareFilters } from './share-filters';

interface SharesFiltersProps {
  readonly value: ShareFilters;
  readonly onChange: (value: ShareFilters) => void;
  readonly clients: readonly { id: number; name: string }[];
}

/** Search, client, mode, format and a date range over the share log. */
export function SharesFilters({ value, onChange, clients }: SharesFiltersProps) {
  const { t } = useT();
  const set = (patch: Partial<ShareFilters>) => onChange({ ...value, ...patch });
  return (
    <FilterBar testId="shares-filters" clearLabel={t('shares.clear')} filtered={hasFilters(value)} onClear={() => onChange({})}>
      <SearchBox id="shares-search" label={t('shares.search')} placeholder={t('shares.search')} value={value.search ?? ''} onChange={(search) => set({ search })} />
      <SelectField
        label={t('shares.filterClient')}
        value={value.client ?? ''}
        onChange={(v) => set({ client: v || undefined })}
        placeholder={t('shares.anyClient')}
        options={[{ value: 'none', label: t('shares.noneYetClient') }, ...clients.map((c) => ({ value: String(c.id), label: c.name }))]}
        className="input-compact"
        testId="shares-filter-client"
      />
      <SelectField
        label={t('shares.filterMode')}
        value={value.mode ?? ''}
        onChange={(v) => set({ mode: v === 'blind' || v === 'named' ? v : undefined })}
        placeholder={t('shares.anyMode')}
        options={[
          { value: 'blind', label: t('export.mode.blind') },
          { value: 'named', label: t('export.mode.named') },
        ]}
        className="input-compact"
        testId="shares-filter-mode"
      />
      <SelectField
        label={t('shares.filterFormat')}
        value={value.format ?? ''}
        onChange={(v) => set({ format: v === 'pdf' || v === 'docx' ? v : undefined })}
        placeholder={t('shares.anyFormat')}
        options={[
          { value: 'pdf', label: t('export.format.pdf') },
          { value: 'docx', label: t('export.format.docx') },
        ]}
        className="input-compact"
        testId="shares-filter-format"
      />
      <TextField label={t('shares.from')} type="date" value={value.from ?? ''} onChange={(v) => set({ from: v || undefined })} className="input-compact" data-testid="shares-from" />
      <TextField label={t('shares.to')} type="date" value={value.to ?? ''} onChange={(v) => set({ to: v || undefined })} className="input-compact" data-testid="shares-to" />
    </FilterBar>
  );
}
