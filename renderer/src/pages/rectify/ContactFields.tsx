import { TextField } from '../../components/TextField';
import { useT } from '../../i18n/useT';
import type { ContactList, CvDraft } from './rectify-draft';
import type { DraftProblems } from './rectify-validate';
import { ListRows } from './ListRows';
import { RectifyGroup } from './RectifyGroup';

interface ContactFieldsProps {
  readonly draft: CvDraft;
  readonly onChange: (draft: CvDraft) => void;
  /** Shown once the consultant tried to save, so a half-typed address is not flagged at once. */
  readonly problems: DraftProblems;
}

/** Name, address, and the lists of e-mails, phones and links. */
export function ContactFields({ draft, onChange, problems }: ContactFieldsProps) {
  const { t } = useT();
  const problem = (list: ContactList) => (i: number) => {
    const p = problems[`${list}.${i}`];
    return p ? t(`rectify.problem.${p}`) : undefined;
  };
  const setList = (list: ContactList) => (values: string[]) => onChange({ ...draft, [list]: values });
  return (
    <RectifyGroup title={t('rectify.contactTitle')} titleId="rectify-contact-title" hint={t('rectify.contactHint')} testId="rectify-contact">
      <div className="form-row">
        <TextField label={t('rectify.name')} value={draft.name} onChange={(name) => onChange({ ...draft, name })} autoComplete="off" data-testid="rectify-name" />
        <TextField
          label={t('rectify.address')}
          value={draft.address}
          onChange={(address) => onChange({ ...draft, address })}
          autoComplete="off"
          data-testid="rectify-address"
        />
      </div>
      <div className="rectify-lists">
        <ListRows
          legend={t('rectify.emails')}
          values={draft.emails}
          onChange={setList('emails')}
          rowLabel={(n) => t('rectify.email', { n })}
          removeLabel={(n) => t('rectify.emailRemove', { n })}
          addLabel={t('rectify.emailAdd')}
          removeText={t('rectify.remove')}
          emptyText={t('rectify.listEmpty')}
          problem={problem('emails')}
          type="email"
          testId="rectify-emails"
        />
        <ListRows
          legend={t('rectify.phones')}
          values={draft.phones}
          onChange={setList('phones')}
          rowLabel={(n) => t('rectify.phone', { n })}
          removeLabel={(n) => t('rectify.phoneRemove', { n })}
          addLabel={t('rectify.phoneAdd')}
          removeText={t('rectify.remove')}
          emptyText={t('rectify.listEmpty')}
          problem={problem('phones')}
          type="tel"
          testId="rectify-phones"
        />
        <ListRows
          legend={t('rectify.links')}
          values={draft.links}
          onChange={setList('links')}
          rowLabel={(n) => t('rectify.link', { n })}
          removeLabel={(n) => t('rectify.linkRemove', { n })}
          addLabel={t('rectify.linkAdd')}
          removeText={t('rectify.remove')}
          emptyText={t('rectify.listEmpty')}
          problem={problem('links')}
          testId="rectify-links"
        />
      </div>
    </RectifyGroup>
  );
}
