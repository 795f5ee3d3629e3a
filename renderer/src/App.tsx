import { useClient } from './api/ClientContext';
import { useConnection } from './hooks/useConnection';
import { useVaultSession } from './hooks/useVaultSession';
import { CreateVaultScreen } from './screens/CreateVaultScreen';
import { LoadingScreen } from './screens/LoadingScreen';
import { UnauthorizedScreen } from './screens/UnauthorizedScreen';
import { UnlockScreen } from './screens/UnlockScreen';
import { UnreachableScreen } from './screens/UnreachableScreen';
import { AppShell } from './shell/AppShell';

/** Chooses the screen: connection problems first, then the vault's state. */
export function App() {
  const client = useClient();
  const connection = useConnection(client);
  const session = useVaultSession(client);
  const { view } = session;

  if (connection === 'unauthorized') return <UnauthorizedScreen />;
  if (connection === 'unreachable') return <UnreachableScreen onRetry={session.refresh} />;
  switch (view.kind) {
    case 'loading':
      return <LoadingScreen />;
    case 'failed':
      return <UnreachableScreen onRetry={session.refresh} code={view.code} />;
    case 'absent':
      return <CreateVaultScreen status={view.status} onCreated={session.apply} />;
    case 'locked':
      return <UnlockScreen key="unlock" status={view.status} reason={view.reason} onUnlocked={session.apply} />;
    case 'unlocked':
      return <AppShell status={view.status} onLock={session.lock} onStatus={session.apply} />;
  }
}
