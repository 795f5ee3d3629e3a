import type { Locator, Page } from 'playwright-core';

export const WAIT_MS = 20_000;

export const visible = (locator: Locator): Promise<void> => locator.waitFor({ state: 'visible', timeout: WAIT_MS });

/** The screens of the app, found by role and test id (stable, and what assistive tech sees). */
export const screens = (page: Page) => ({
  create: page.getByRole('heading', { name: 'Create your vault' }),
  unlock: page.getByRole('heading', { name: 'Unlock your vault' }),
  shell: page.getByTestId('app-shell'),
  unauthorized: page.getByTestId('unauthorized'),
});

/** Calls the bridge API directly, as a script on this machine would. */
export const callApi = async (origin: string, token: string, name: string, input: unknown): Promise<unknown> => {
  const response = await fetch(new URL(`/api/${name}`, origin), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return response.json();
};
