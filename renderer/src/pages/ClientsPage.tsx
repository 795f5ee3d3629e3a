import { useCallback, useState } from 'react';
import type { Client } from '../../../shared/contract';
import { useClient } from '../api/ClientContext';
import { Alert } from '../components/Alert';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { LiveRegion } from '../components/LiveRegion';
import { LoadError } from '../components/LoadError';
import { Loading } from '../components/Loading';
import { TableFrame } from '../components/Table';
import { useLoad } from '../hooks/useLoad';
import { useT } from '../i18n/useT';
import type { PageProps } from '../shell/PageProps';
import { ClientForm } from './clients/ClientForm';

type Editing = { readonly kind: 'add' } | { readonly kind: 'edit'; readonly client: Client } | undefined;

/** The companies candidates are presented to, with where they are and how transfers are covered. */
export function ClientsPage(_props: PageProps) {
  const { t } = useT();
  const { api } = useClient();
  const list = useLoad(useCallback(() => api['clients.list']({}), [api]));
  const [editing, setEditing] = useState<Editing>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);

  const saved = (client: Client, added: boolean): void => {
    setEditing(undefined);
    setDone(added ? t('clients.added', { name: client.name }) : t('clients.updated', { name: client.name }));
    list.reload();
  };
  const form =
    editing?.kind === 'add' ? (
      <ClientForm onSaved={(c) => saved(c, true)} onCancel={() => setEditing(undefined)} />
    ) : editing?.kind === 'edit' ? (
      <ClientForm key={editing.client.id} client={editing.client} onSaved={(c) => saved(c, false)} onCancel={() => setEditing(undefined)} />
    ) : null;

  if (list.state.kind === 'loading') return <Loading testId="clients-loading" />;
  if (list.state.kind === 'error') return <LoadError code={list.state.code} onRetry={list.reload} />;
  const clients = [...list.state.value].sort((a, b) => a.name.localeCompare(b.name));
  const addButton = (
    <Button
      variant="primary"
      icon="plus"
      onClick={() => {
        setDone(undefined);
        setEditing({ kind: 'add' });
      }}
      data-testid="add-client"
    >
      {t('clients.add')}
    </Button>
  );

  return (
    <div className="stack-lg">
      <LiveRegion>
        {done ? (
          <Alert tone="success" testId="client-done">
            {done}
          </Alert>
        ) : null}
      </LiveRegion>
      {clients.length === 0 && !editing ? (
        <EmptyState icon="building" title={t('clients.emptyTitle')} testId="empty-clients" action={addButton}>
          {t('clients.emptyBody')}
        </EmptyState>
      ) : null}
      {form}
      {clients.length > 0 ? (
        <div className="stack">
          <div className="toolbar">
            <span className="muted">{t('clients.caption')}</span>
            {editing ? null : addButton}
          </div>
          <TableFrame
            caption={t('clients.caption')}
            columns={[
              { label: t('clients.col.name') },
              { label: t('clients.col.contact') },
              { label: t('clients.col.country') },
              { label: t('clients.col.transfer') },
              { label: t('clients.col.actions'), hidden: true },
            ]}
            testId="client-table"
          >
            {clients.map((c) => (
              <tr key={c.id} data-testid="client-row" data-name={c.name}>
                <th scope="row">{c.name}</th>
                <td>{c.contactPerson ?? <span className="muted">{t('clients.noContact')}</span>}</td>
                <td>
                  <code className="ref">{c.country}</code>
                </td>
                <td>
                  {c.outsideEea ? (
                    <span className="badge-stack">
                      <Badge tone="warning">{t('clients.outsideEea')}</Badge>
                      {c.transferSafeguard ? (
                        <span className="cell-note">{c.transferSafeguard}</span>
                      ) : (
                        <Badge tone="danger">{t('clients.safeguardMissing')}</Badge>
                      )}
                    </span>
                  ) : (
                    <Badge tone="success">{t('clients.insideEea')}</Badge>
                  )}
                </td>
                <td className="row-actions">
                  <Button
                    size="sm"
                    variant="ghost"
                    icon="edit"
                    onClick={() => {
                      setDone(undefined);
                      setEditing({ kind: 'edit', client: c });
                    }}
                    aria-label={t('clients.editLabel', { name: c.name })}
                  >
                    {t('common.edit')}
                  </Button>
                </td>
              </tr>
            ))}
          </TableFrame>
        </div>
      ) : null}
    </div>
  );
}
