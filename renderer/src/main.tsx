import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { createClient } from './api';
import { ClientContext } from './api/ClientContext';
import { App } from './App';
import { I18nProvider } from './i18n/I18nProvider';
import './styles/index.css';

// The CSP forbids eval: tell zod not to probe for it (the probe logs a CSP violation).
z.config({ jitless: true });

const client = createClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <ClientContext.Provider value={client}>
        <App />
      </ClientContext.Provider>
    </I18nProvider>
  </StrictMode>,
);
