import { useState } from 'react';
import type { Language } from '../../../../shared/cv/model';
import { RequestLanguage } from '../../../../shared/consent/request-text';
import type { Client } from '../../../../shared/contract';
import type { MessageKey } from '../../../../shared/i18n';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Checkbox } from '../../components/Checkbox';
import { SelectField } from '../../components/SelectField';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';

interface RequestTextCardProps {
  readonly candidateId: number;
  readonly candidateLanguage: Language;
  readonly client: Client | undefined;
  readonly onOpenSettings: () => void;
}

type MissingLabel = Extract<MessageKey, `request.field.${string}`>;

/** Settings fields the core reports missing, in the UI's words. */
const MISSING_LABELS: Readonly<Record<string, MissingLabel>> = {
  'privacy.controllerName': 'request.field.controllerName',
  'privacy.controllerAddress': 'request.field.controllerAddress',
  'privacy.contactEmail': 'request.field.contactEmail',
  consultantName: 'request.field.consultantName',
};

/** The consent request to paste into the consultant's own mail program; the app never sends mail. */
export function RequestTextCard({ candidateId, candidateLanguage, client, onOpenSettings }: RequestTextCardProps) {
  const { t } = useT();
  const { api } = useClient();
  const generate = useAction(api['consent.requestText']);
  const initial = RequestLanguage.safeParse(candidateLanguage);
  const [language, setLanguage] = useState<RequestLanguage>(initial.success ? initial.data : 'en');
  const [forClient, setForClient] = useState(false);
  const [text, setText] = useState<{ subject: string; body: string; missingSettings: string[] } | undefined>(undefined);
  const [copied, setCopied] = useState<'subject' | 'body' | undefined>(undefined);

  const write = (): void => {
    setCopied(undefined);
    void generate
      .run({ candidateId, language, ...(forClient && client ? { clientIds: [client.id] } : {}) })
      .then((r) => {
        if (r) setText(r);
      });
  };
  const copy = (which: 'subject' | 'body', value: string): void => {
    void navigator.clipboard.writeText(value).then(
      () => setCopied(which),
      () => setCopied(undefined),
    );
  };

  return (
    <Card title={t('request.title')} description={t('request.intro')} testId="request-text">
      <div className="stack">
        <div className="form-row form-row-end">
          <SelectField
            label={t('request.language')}
            value={language}
            onChange={(v) => {
              const parsed = RequestLanguage.safeParse(v);
              if (parsed.success) setLanguage(parsed.data);
            }}
            options={RequestLanguage.options.map((l) => ({ value: l, label: t(`request.language.${l}`) }))}
            testId="request-language"
          />
          <Button variant="secondary" icon="mail" onClick={write} busy={generate.busy} data-testid="request-generate">
            {t('request.generate')}
          </Button>
        </div>
        {client ? (
          <Checkbox checked={forClient} onChange={setForClient}>
            {`${t('request.forClient')}: ${client.name}`}
          </Checkbox>
        ) : null}
        <ActionError code={generate.error} />
        {text ? (
          <div className="stack request-output">
            {text.missingSettings.length > 0 ? (
              <Alert tone="warning" testId="request-missing">
                <p>{t('request.missing', { fields: text.missingSettings.map((f) => {
                    const key = MISSING_LABELS[f];
                    return key ? t(key) : f;
                  }).join(', ') })}</p>
                <div className="alert-actions">
                  <Button size="sm" onClick={onOpenSettings}>
                    {t('request.openSettings')}
                  </Button>
                </div>
              </Alert>
            ) : null}
            <div className="copy-field">
              <div className="copy-field-head">
                <span className="field-label" id="request-subject-label">
                  {t('request.subject')}
                </span>
                <Button size="sm" variant="ghost" icon={copied === 'subject' ? 'check' : 'copy'} onClick={() => copy('subject', text.subject)}>
                  {copied === 'subject' ? t('common.copied') : t('request.copySubject')}
                </Button>
              </div>
              <p className="copy-subject" aria-labelledby="request-subject-label" data-testid="request-subject">
                {text.subject}
              </p>
            </div>
            <div className="copy-field">
              <div className="copy-field-head">
                <span className="field-label" id="request-body-label">
                  {t('request.body')}
                </span>
                <Button size="sm" variant="ghost" icon={copied === 'body' ? 'check' : 'copy'} onClick={() => copy('body', text.body)}>
                  {copied === 'body' ? t('common.copied') : t('request.copyBody')}
                </Button>
              </div>
              <textarea className="input textarea copy-body" readOnly value={text.body} rows={14} aria-labelledby="request-body-label" data-testid="request-body" />
            </div>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
