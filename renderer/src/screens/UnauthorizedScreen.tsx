import { useT } from '../i18n/useT';
import { CenteredLayout } from './CenteredLayout';
import { ProblemMessage } from './ProblemMessage';

/** Browser mode without a valid token (401): point to the link the bridge printed. */
export function UnauthorizedScreen() {
  const { t } = useT();
  return (
    <CenteredLayout>
      <ProblemMessage icon="terminal" tone="warning" title={t('unauthorized.title')} testId="unauthorized">
        <p className="muted">{t('unauthorized.body')}</p>
        <ol className="steps">
          <li>{t('unauthorized.step1')}</li>
          <li>{t('unauthorized.step2')}</li>
          <li>{t('unauthorized.step3')}</li>
        </ol>
        <pre className="terminal-sample" aria-hidden="true">
          <span className="terminal-prompt">$</span> npm run web{'\n'}CVault is running in browser mode:{' '}
          <span className="terminal-link">http://127.0.0.1:…/#token=…</span>
        </pre>
      </ProblemMessage>
    </CenteredLayout>
  );
}
