import { useState, type FormEvent } from 'react';
import type { Client } from '../../../../shared/contract';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { FormActions } from '../../components/FormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { checkClient, EMPTY_CLIENT, toAddInput, toUpdateInput, type ClientDraft } from './client-form-model';

interface ClientFormProps {
  /** Absent: add a new client. */
  readonly client?: Client;
  readonly onSaved: (client: Client) => void;
  readonly onCancel: () => void;
}

/** Add or edit a client; a country outside the EEA asks for the transfer safeguard. */
export function ClientForm({ client, onSaved, onCancel }: ClientFormProps) {
  const { t } = useT();
  const { api } = useClient();
  const add = useAction(api['clients.add']);
  const update = useAction(api['clients.update']);
  const action = client ? update : add;
  const [draft, setDraft] = useState<ClientDraft>(
    client
      ? { name: client.name, country: client.country, contactPerson: client.contactPerson ?? '', transferSafeguard: client.transferSafeguard ?? '' }
      : EMPTY_CLIENT,
  );
  const [submitted, setSubmitted] = useState(false);
  const check = checkClient(draft);

  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    setSubmitted(true);
    if (!check.ok) return;
    const saved = client ? update.run(toUpdateInput(client.id, draft)) : add.run(toAddInput(draft));
    void saved.then((c) => {
      if (c) onSaved(c);
    });
  };

  return (
    <Card title={client ? t('clients.editTitle', { name: client.name }) : t('clients.addTitle')} testId="client-form">
      <form className="stack" onSubmit={onSubmit} noValidate>
        <div className="form-row">
          <TextField
            label={t('clients.name')}
            value={draft.name}
            onChange={(v) => setDraft({ ...draft, name: v })}
            readOnly={client !== undefined}
            error={submitted && check.nameMissing ? t('clients.nameRequired') : undefined}
            maxLength={200}
            autoFocus={client === undefined}
            data-testid="client-name"
          />
          <TextField
            label={t('clients.country')}
            value={draft.country}
            onChange={(v) => setDraft({ ...draft, country: v.toUpperCase() })}
            hint={t('clients.countryHint')}
            error={submitted && check.countryInvalid ? t('clients.countryInvalid') : undefined}
            maxLength={2}
            autoCapitalize="characters"
            className="input-country"
            data-testid="client-country"
          />
        </div>
        <TextField
          label={`${t('clients.contactPerson')} (${t('common.optional')})`}
          value={draft.contactPerson}
          onChange={(v) => setDraft({ ...draft, contactPerson: v })}
          maxLength={200}
          data-testid="client-contact"
        />
        {check.outsideEea || draft.transferSafeguard ? (
          <TextAreaField
            label={t('clients.safeguard')}
            value={draft.transferSafeguard}
            onChange={(v) => setDraft({ ...draft, transferSafeguard: v })}
            hint={t('clients.safeguardHint')}
            maxLength={500}
            rows={2}
            testId="client-safeguard"
          />
        ) : null}
        {check.safeguardMissing ? (
          <Alert tone="warning" testId="client-safeguard-warning">
            {t('clients.safeguardRequired')}
          </Alert>
        ) : null}
        <ActionError code={action.error} testId="client-error" />
        <FormActions submitLabel={client ? t('common.save') : t('clients.add')} busy={action.busy} submitTestId="client-submit" onCancel={onCancel} />
      </form>
    </Card>
  );
}
