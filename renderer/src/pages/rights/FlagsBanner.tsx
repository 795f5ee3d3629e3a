import { useCallback, useEffect } from 'react';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { useLoad } from '../../hooks/useLoad';
import { useT } from '../../i18n/useT';
import { onFlagsChanged } from './flag-signal';

/** On top of a candidate's page while a restriction or objection stands: nothing may be shared or mailed. */
export function FlagsBanner({ candidateId }: { readonly candidateId: number }) {
  const { t } = useT();
  const { api } = useClient();
  const state = useLoad(useCallback(() => api['consent.get']({ candidateId }), [api, candidateId]));
  const { reload } = state;
  useEffect(() => onFlagsChanged((id) => id === candidateId && reload()), [candidateId, reload]);
  if (state.state.kind !== 'ok') return null;
  const { restricted, objected } = state.state.value;
  if (!restricted && !objected) return null;
  return (
    <Alert tone="error" title={t(restricted && objected ? 'rights.banner.both' : restricted ? 'rights.banner.restricted' : 'rights.banner.objected')} testId="flags-banner">
      {t('rights.banner.body')}
    </Alert>
  );
}
