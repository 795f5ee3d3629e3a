import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/settings';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Card } from '../../components/Card';
import { FormActions } from '../../components/FormActions';
import { LiveRegion } from '../../components/LiveRegion';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useSavedFlag } from '../../hooks/useSavedFlag';
import { useT } from '../../i18n/useT';

/** The consultant's own name and contact details (recorded with imports, consent and requests). */
export function ConsultantCard({ settings, onSaved }: { readonly settings: Settings; readonly onSaved: (s: Settings) => void }) {
  const { t } = useT();
  const { api } = useClient();
  const save = useAction(api['settings.update']);
  const [name, setName] = useState(settings.consultantName);
  const [email, setEmail] = useState(settings.consultantEmail);
  const [phone, setPhone] = useState(settings.consultantPhone);
  const { saved: done, setSaved: setDone, edited } = useSavedFlag();

  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    setDone(false);
    void save.run({ consultantName: name.trim(), consultantEmail: email.trim(), consultantPhone: phone.trim() }).then((s) => {
      if (!s) return;
      setDone(true);
      onSaved(s);
    });
  };

  return (
    <Card title={t('settings.consultantTitle')} description={t('settings.consultantIntro')} testId="consultant-settings">
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TextField label={t('settings.consultantName')} value={name} onChange={edited(setName)} maxLength={200} autoComplete="name" data-testid="settings-consultant-name" />
        <TextField label={t('settings.consultantEmail')} type="email" value={email} onChange={edited(setEmail)} maxLength={200} autoComplete="email" />
        <TextField label={t('settings.consultantPhone')} type="tel" value={phone} onChange={edited(setPhone)} maxLength={60} autoComplete="tel" />
        <ActionError code={save.error} />
        <LiveRegion>{done ? <Alert tone="success">{t('common.saved')}</Alert> : null}</LiveRegion>
        <FormActions submitLabel={save.busy ? t('common.saving') : t('common.save')} busy={save.busy} submitTestId="save-consultant" />
      </form>
    </Card>
  );
}
