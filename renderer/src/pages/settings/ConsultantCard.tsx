import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/settings';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { LiveRegion } from '../../components/LiveRegion';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';

/** The consultant's own name and contact details (recorded with imports, consent and requests). */
export function ConsultantCard({ settings, onSaved }: { readonly settings: Settings; readonly onSaved: (s: Settings) => void }) {
  const { t, error } = useT();
  const { api } = useClient();
  const save = useAction(api['settings.update']);
  const [name, setName] = useState(settings.consultantName);
  const [email, setEmail] = useState(settings.consultantEmail);
  const [phone, setPhone] = useState(settings.consultantPhone);
  const [done, setDone] = useState(false);

  const onSubmit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    setDone(false);
    void save.run({ consultantName: name.trim(), consultantEmail: email.trim(), consultantPhone: phone.trim() }).then((s) => {
      if (!s) return;
      setDone(true);
      onSaved(s);
    });
  };
  const edited = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setDone(false);
  };

  return (
    <Card title={t('settings.consultantTitle')} description={t('settings.consultantIntro')} testId="consultant-settings">
      <form className="stack" onSubmit={onSubmit} noValidate>
        <TextField label={t('settings.consultantName')} value={name} onChange={edited(setName)} maxLength={200} autoComplete="name" data-testid="settings-consultant-name" />
        <TextField label={t('settings.consultantEmail')} type="email" value={email} onChange={edited(setEmail)} maxLength={200} autoComplete="email" />
        <TextField label={t('settings.consultantPhone')} type="tel" value={phone} onChange={edited(setPhone)} maxLength={60} autoComplete="tel" />
        <LiveRegion politeness="assertive">
          {save.error ? (
            <Alert tone="error" code={save.error}>
              {error(save.error)}
            </Alert>
          ) : null}
        </LiveRegion>
        <LiveRegion>{done ? <Alert tone="success">{t('common.saved')}</Alert> : null}</LiveRegion>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={save.busy} data-testid="save-consultant">
            {save.busy ? t('common.saving') : t('common.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
