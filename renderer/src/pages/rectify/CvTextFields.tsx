import type { StructuredCv } from '../../../../shared/cv/model';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import { updateEntry, updateSection, type CvDraft, type EntryDraft } from './rectify-draft';
import { RectifyGroup } from './RectifyGroup';

interface CvTextFieldsProps {
  /** The CV being corrected: section kinds come from it; they are not edited. */
  readonly cv: StructuredCv;
  readonly draft: CvDraft;
  readonly onChange: (draft: CvDraft) => void;
}

/** Rows enough to show a textarea's text without scrolling, within reason. */
const rowsFor = (text: string): number => Math.min(14, Math.max(2, text.split('\n').length + 1));

/** The top of the CV, then each section: its title, and its lines or its entries. */
export function CvTextFields({ cv, draft, onChange }: CvTextFieldsProps) {
  const { t } = useT();
  return (
    <RectifyGroup title={t('rectify.cvTitle')} titleId="rectify-cv-title" testId="rectify-cv">
      <TextAreaField
        label={t('rectify.header')}
        value={draft.header}
        onChange={(header) => onChange({ ...draft, header })}
        hint={t('rectify.linesHint')}
        rows={rowsFor(draft.header)}
        testId="rectify-header"
      />
      {draft.sections.map((s, si) => {
        const kind = cv.sections[si]?.kind ?? 'other';
        return (
          <fieldset key={si} className="rectify-section" data-testid="rectify-section" data-kind={kind}>
            <legend className="rectify-section-legend">
              <span>{s.title || t('candidate.untitled')}</span>
              <span className="cv-kind">{t(`section.${kind}`)}</span>
            </legend>
            <TextField
              label={t('rectify.sectionTitle')}
              value={s.title}
              onChange={(title) => onChange(updateSection(draft, si, { title }))}
              autoComplete="off"
              data-testid="rectify-section-title"
            />
            {s.entries.length === 0 ? (
              <TextAreaField
                label={t('rectify.sectionLines')}
                value={s.lines}
                onChange={(lines) => onChange(updateSection(draft, si, { lines }))}
                hint={t('rectify.linesHint')}
                rows={rowsFor(s.lines)}
                testId="rectify-section-lines"
              />
            ) : (
              <ol className="rectify-entries">
                {s.entries.map((e, ei) => (
                  <EntryFields key={ei} n={ei + 1} entry={e} onChange={(patch) => onChange(updateEntry(draft, si, ei, patch))} />
                ))}
              </ol>
            )}
          </fieldset>
        );
      })}
    </RectifyGroup>
  );
}

function EntryFields({ n, entry, onChange }: { readonly n: number; readonly entry: EntryDraft; readonly onChange: (patch: Partial<EntryDraft>) => void }) {
  const { t } = useT();
  const heading = [entry.title, entry.organisation].filter(Boolean).join(' · ');
  return (
    <li className="rectify-entry" data-testid="rectify-entry">
      <fieldset className="fieldset">
        <legend className="rectify-entry-legend">
          {t('rectify.entry', { n })}
          {heading ? <span className="muted"> — {heading}</span> : null}
        </legend>
        <div className="rectify-entry-grid">
          <TextField label={t('rectify.entryTitle')} value={entry.title} onChange={(title) => onChange({ title })} autoComplete="off" data-testid="rectify-entry-title" />
          <TextField
            label={t('rectify.entryOrganisation')}
            value={entry.organisation}
            onChange={(organisation) => onChange({ organisation })}
            autoComplete="off"
            data-testid="rectify-entry-organisation"
          />
          <TextField label={t('rectify.entryPeriod')} value={entry.period} onChange={(period) => onChange({ period })} autoComplete="off" data-testid="rectify-entry-period" />
          <TextField
            label={t('rectify.entryLocation')}
            value={entry.location}
            onChange={(location) => onChange({ location })}
            autoComplete="off"
            data-testid="rectify-entry-location"
          />
        </div>
        <TextAreaField
          label={t('rectify.entryBullets')}
          value={entry.bullets}
          onChange={(bullets) => onChange({ bullets })}
          hint={t('rectify.bulletsHint')}
          rows={rowsFor(entry.bullets)}
          testId="rectify-entry-bullets"
        />
      </fieldset>
    </li>
  );
}
