import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/settings';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { FormActions } from '../../components/FormActions';
import { LiveRegion } from '../../components/LiveRegion';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useSavedFlag } from '../../hooks/useSavedFlag';
import { useT } from '../../i18n/useT';
import { parseRetentionMonths } from './retention';

/** The controller's details filled into consent requests and notices. */
export function PrivacyCard({ settings, onSaved }: { readonly settings: Settings; readonly onSaved: (s: Settings) => void }) {
  const { t } = useT();
  const { api } = useClient();
  const save = useAction(api['settings.update']);
  const p = settings.privacy;
  const [controllerName, setControllerName] = useState(p.controllerName);
  const [controllerAddress, setControllerAddress] = useState(p.controllerAddress);
  const [contactEmail, setContactEmail] = useState(p.contactEmail);
  const [retention, setRetention] = useState(String(p.retentionMonths));
  const { saved: done, setSaved: setDone, edited } = useSavedFlag();
  const months = parseRetentionMonths(retention);

  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    setDone(false);
    if (months === undefined) return;
    void save
      .run({ privacy: { controllerName: controllerName.trim(), controllerAddress: controllerAddress.trim(), contactEmail: contactEmail.trim(), retentionMonths: months } })
      .then((s) => {
        if (!s) return;
        setDone(true);
        onSaved(s);
      });
  };

  return (
    <Card title={t('settings.privacyTitle')} description={t('settings.privacyIntro')} testId="privacy-settings">
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TextField label={t('settings.controllerName')} value={controllerName} onChange={edited(setControllerName)} maxLength={200} autoComplete="organization" data-testid="settings-controller-name" />
        <TextAreaField label={t('settings.controllerAddress')} value={controllerAddress} onChange={edited(setControllerAddress)} maxLength={400} rows={2} testId="settings-controller-address" />
        <TextField label={t('settings.contactEmail')} type="email" value={contactEmail} onChange={edited(setContactEmail)} maxLength={200} data-testid="settings-contact-email" />
        <TextField
          label={t('settings.retentionMonths')}
          inputMode="numeric"
          value={retention}
          onChange={edited(setRetention)}
          error={months === undefined ? t('settings.retentionInvalid') : undefined}
          maxLength={3}
          className="input-short"
          data-testid="settings-retention"
        />
        <ActionError code={save.error} />
        <LiveRegion>{done ? <Alert tone="success" testId="privacy-saved">{t('common.saved')}</Alert> : null}</LiveRegion>
        <FormActions submitLabel={save.busy ? t('common.saving') : t('common.save')} busy={save.busy} disabled={months === undefined} submitTestId="save-privacy" />
      </form>
    </Card>
  );
}
