import { createContext, useContext } from 'react';
import type { CvaultClient } from './client';

export const ClientContext = createContext<CvaultClient | undefined>(undefined);

export const useClient = (): CvaultClient => {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient must be used inside <ClientContext.Provider>.');
  return client;
};
