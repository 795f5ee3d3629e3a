import type { Client, TemplateSummary } from '../../../../shared/contract';
import { EXPORT_LANGUAGES, type ExportLanguage, type ExportMode } from '../../../../shared/export/model';
import type { ExportFormat } from '../../../../shared/export/shares';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';

export interface ExportChoice {
  readonly template: string | undefined;
  readonly mode: ExportMode;
  readonly language: ExportLanguage | undefined;
  readonly format: ExportFormat;
  readonly clientId: number | undefined;
}

interface ExportFormProps {
  readonly choice: ExportChoice;
  readonly onChange: (choice: ExportChoice) => void;
  readonly templates: readonly TemplateSummary[];
  readonly clients: readonly Client[];
}

/** Template, mode, language, format and client of the company CV. */
export function ExportForm({ choice, onChange, templates, clients }: ExportFormProps) {
  const { t } = useT();
  const set = (patch: Partial<ExportChoice>) => onChange({ ...choice, ...patch });
  const fallback = templates.find((tp) => tp.isDefault)?.id ?? templates[0]?.id ?? '';
  return (
    <div className="export-form">
      <SelectField
        label={t('export.template')}
        value={choice.template ?? fallback}
        onChange={(v) => set({ template: v || undefined })}
        options={templates.map((tp) => ({
          value: tp.id,
          label: !tp.valid ? t('export.templateInvalid', { name: tp.name, error: tp.error ?? '' }) : tp.isDefault ? t('export.templateDefault', { name: tp.name }) : tp.name,
        }))}
        testId="export-template"
      />
      <fieldset className="segmented-field">
        <legend className="field-label">{t('export.mode')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t('export.mode')}>
          {(['blind', 'named'] as const).map((m) => (
            <label key={m} className={choice.mode === m ? 'segment segment-on' : 'segment'}>
              <input type="radio" name="export-mode" value={m} checked={choice.mode === m} onChange={() => set({ mode: m })} data-testid={`export-mode-${m}`} />
              <span>{t(`export.mode.${m}`)}</span>
            </label>
          ))}
        </div>
        <p className="field-hint">{t(`export.modeHint.${choice.mode}`)}</p>
      </fieldset>
      <div className="export-form-row">
        <SelectField
          label={t('export.language')}
          value={choice.language ?? ''}
          onChange={(v) => set({ language: (EXPORT_LANGUAGES as readonly string[]).includes(v) ? (v as ExportLanguage) : undefined })}
          placeholder={t('export.languageCv')}
          options={EXPORT_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          testId="export-language"
        />
        <SelectField
          label={t('export.format')}
          value={choice.format}
          onChange={(v) => set({ format: v === 'docx' ? 'docx' : 'pdf' })}
          options={[
            { value: 'pdf', label: t('export.format.pdf') },
            { value: 'docx', label: t('export.format.docx') },
          ]}
          testId="export-format"
        />
      </div>
      <SelectField
        label={t('export.client')}
        value={choice.clientId === undefined ? '' : String(choice.clientId)}
        onChange={(v) => set({ clientId: v ? Number(v) : undefined })}
        placeholder={t('export.noClient')}
        options={clients.map((c) => ({ value: String(c.id), label: `${c.name} (${c.country})` }))}
        testId="export-client"
      />
    </div>
  );
}
