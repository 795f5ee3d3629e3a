import { useState } from 'react';
import type { AuditChainReport } from '../../../../shared/contract';
import { useClient } from '../../api/ClientContext';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { LiveRegion } from '../../components/LiveRegion';
import { useAction } from '../../hooks/useAction';
import { useT } from '../../i18n/useT';

/** Recomputes every entry's hash and link, and names the first one that does not match. */
export function VerifyChainCard() {
  const { t, error } = useT();
  const { api } = useClient();
  const verify = useAction(api['audit.verify']);
  const [report, setReport] = useState<AuditChainReport | undefined>(undefined);
  const run = (): void => {
    setReport(undefined);
    void verify.run({}).then((r) => {
      if (r) setReport(r);
    });
  };
  return (
    <Card title={t('audit.verify.title')} description={t('audit.verify.intro')} testId="audit-verify">
      <div className="stack">
        <div>
          <Button variant="primary" icon="shieldCheck" busy={verify.busy} onClick={run} data-testid="audit-verify-run">
            {t('audit.verify.run')}
          </Button>
        </div>
        <LiveRegion politeness="assertive">
          {verify.error ? (
            <Alert tone="error" code={verify.error}>
              {error(verify.error)}
            </Alert>
          ) : null}
          {report && !report.ok && report.firstBroken ? (
            <Alert tone="error" title={t('audit.verify.broken', { id: report.firstBroken.id })} testId="audit-verify-broken">
              <p>{t(`audit.verify.kind.${report.firstBroken.kind}`)}</p>
              <p className="cell-note">{t('audit.verify.brokenHelp', { count: report.entries })}</p>
            </Alert>
          ) : null}
        </LiveRegion>
        <LiveRegion>
          {report?.ok ? (
            <Alert tone="success" title={t('audit.verify.ok', { count: report.entries })} testId="audit-verify-ok">
              <span className="cell-note">
                {t('audit.verify.lastHash')} <code className="audit-hash">{report.lastHash.slice(0, 16)}</code>
              </span>
            </Alert>
          ) : null}
        </LiveRegion>
      </div>
    </Card>
  );
}
