import { useState } from 'react';
import type { Client } from '../../../../shared/contract';
import type { ConsentOverview } from '../../../../shared/consent/overview';
import { isUsable } from '../../../../shared/consent/derive';
import type { Purpose, PurposeState } from '../../../../shared/consent/types';
import { useClient } from '../../api/ClientContext';
import { ActionError } from '../../components/ActionError';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { LiveRegion } from '../../components/LiveRegion';
import { TableFrame } from '../../components/Table';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';
import { formatDate } from '../../ui/format';
import { consentTone } from '../../ui/tones';
import { ConsentForm } from './ConsentForm';

interface ConsentPanelProps {
  readonly overview: ConsentOverview;
  readonly clients: readonly Client[];
  readonly onChange: (overview: ConsentOverview) => void;
}

/** A withdrawal makes sense while the purpose is in use or asked for; after a no there is nothing to withdraw. */
export const canWithdraw = (s: PurposeState): boolean => isUsable(s) || s.status === 'requested';

/** Status per purpose with colour, one-click withdrawal, and a form to record any other change. */
export function ConsentPanel({ overview, clients, onChange }: ConsentPanelProps) {
  const { t } = useT();
  const { api } = useClient();
  const withdraw = useAction(api['consent.withdraw']);
  const [editing, setEditing] = useState<Purpose | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const editingState = overview.purposes.find((p) => p.purpose === editing);

  const onWithdraw = (purpose: Purpose): void => {
    setDone(undefined);
    void withdraw.run({ candidateId: overview.candidateId, purpose }).then((o) => {
      if (!o) return;
      onChange(o);
      setDone(t('consent.withdrawn', { purpose: t(`purpose.${purpose}`) }));
    });
  };

  return (
    <Card title={t('consent.title')} description={t('consent.intro')} titleId="consent-title" bodyClassName="stack" testId="consent-panel">
      {overview.restricted ? <Alert tone="warning">{t('consent.restricted')}</Alert> : null}
      {overview.objected ? <Alert tone="warning">{t('consent.objected')}</Alert> : null}
      <TableFrame
        caption={t('consent.title')}
        columns={[
          { label: t('consent.col.purpose') },
          { label: t('consent.col.basis') },
          { label: t('consent.col.status') },
          { label: t('consent.col.details') },
          { label: t('clients.col.actions'), hidden: true },
        ]}
        className="consent-table"
      >
        {overview.purposes.map((s) => (
          <PurposeRow
            key={s.purpose}
            state={s}
            clients={clients}
            marketingMode={s.purpose === 'marketing' ? t(`consent.marketing.${overview.marketing.mode}`) : undefined}
            onEdit={() => {
              setDone(undefined);
              setEditing(s.purpose);
            }}
            onWithdraw={() => onWithdraw(s.purpose)}
            withdrawing={withdraw.busy}
          />
        ))}
      </TableFrame>
      {overview.marketing.suppressed ? <p className="cell-note">{t('consent.suppressed')}</p> : null}
      <ActionError code={withdraw.error} />
      <LiveRegion>
        {done ? (
          <Alert tone="success" testId="consent-done">
            {done}
          </Alert>
        ) : null}
      </LiveRegion>
      {editingState ? (
        <ConsentForm
          key={editingState.purpose}
          candidateId={overview.candidateId}
          state={editingState}
          clients={clients}
          onCancel={() => setEditing(undefined)}
          onRecorded={(o) => {
            onChange(o);
            setEditing(undefined);
            setDone(t('consent.recorded', { purpose: t(`purpose.${editingState.purpose}`) }));
          }}
        />
      ) : null}
    </Card>
  );
}

interface PurposeRowProps {
  readonly state: PurposeState;
  readonly clients: readonly Client[];
  readonly marketingMode: string | undefined;
  readonly onEdit: () => void;
  readonly onWithdraw: () => void;
  readonly withdrawing: boolean;
}

function PurposeRow({ state: s, clients, marketingMode, onEdit, onWithdraw, withdrawing }: PurposeRowProps) {
  const { t, locale } = useT();
  const label = t(`purpose.${s.purpose}`);
  const scope = s.clientIds.map((id) => clients.find((c) => c.id === id)?.name ?? `#${id}`);
  return (
    <tr data-testid={`purpose-${s.purpose}`} data-status={s.status}>
      <th scope="row">
        <span className="purpose-name">{label}</span>
        <span className="cell-note">{t(`purpose.hint.${s.purpose}`)}</span>
      </th>
      <td>{s.basis ? t(`basis.${s.basis}`) : <span className="muted">{t('consent.noBasis')}</span>}</td>
      <td>
        <Badge tone={consentTone(s.status)} dot>
          <span data-testid="purpose-status">{t(`consent.status.${s.status}`)}</span>
        </Badge>
      </td>
      <td className="purpose-details">
        {s.since ? <span>{t('consent.since', { date: formatDate(s.since, locale) })}</span> : null}
        {s.byDefault ? <span className="cell-note">{t('consent.byDefault')}</span> : null}
        {s.expiresOn ? <span className="cell-note">{t('consent.expires', { date: formatDate(s.expiresOn, locale) })}</span> : null}
        {scope.length > 0 ? <span className="cell-note">{t('consent.scope', { clients: scope.join(', ') })}</span> : null}
        {marketingMode ? <span className="cell-note">{`${t('consent.marketingLabel')}: ${marketingMode}`}</span> : null}
      </td>
      <td className="row-actions">
        <div className="purpose-actions">
          <Button size="sm" icon="edit" onClick={onEdit} aria-label={`${t('consent.record')}: ${label}`} data-testid={`record-${s.purpose}`}>
            {t('consent.record')}
          </Button>
          {canWithdraw(s) ? (
            <Button
              size="sm"
              variant="ghost"
              icon="ban"
              onClick={onWithdraw}
              disabled={withdrawing}
              aria-label={`${s.purpose === 'marketing' ? t('consent.optOut') : t('consent.withdraw')}: ${label}`}
              data-testid={`withdraw-${s.purpose}`}
            >
              {s.purpose === 'marketing' ? t('consent.optOut') : t('consent.withdraw')}
            </Button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
