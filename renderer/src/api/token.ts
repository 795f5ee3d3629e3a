/**
 * The web bridge's per-run token, as pure functions over strings so they can be unit-tested.
 * The bridge prints `http://127.0.0.1:PORT/#token=TOKEN`; the page keeps the token for the tab
 * and removes it from the address bar.
 */
export const TOKEN_STORAGE_KEY = 'cvault.token';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,512}$/;

export const isWellFormedToken = (value: string): boolean => TOKEN_PATTERN.test(value);

/** The token in a location hash such as `#token=abc`, or undefined. */
export const tokenFromHash = (hash: string): string | undefined => {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token !== null && isWellFormedToken(token) ? token : undefined;
};

/** The hash with the token removed ('' when nothing else is left). */
export const hashWithoutToken = (hash: string): string => {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('token')) return hash;
  params.delete('token');
  const rest = params.toString();
  return rest ? `#${rest}` : '';
};

export interface TokenSources {
  readonly hash: string;
  readonly stored: string | null;
}

export interface TokenDecision {
  /** The token to send, if any. */
  readonly token: string | undefined;
  /** Write this token to session storage. */
  readonly store: boolean;
  /** Rewrite the address bar without the token. */
  readonly stripHash: boolean;
}

/** A token in the address bar wins (a fresh link after a restart); else the one kept for the tab. */
export const decideToken = ({ hash, stored }: TokenSources): TokenDecision => {
  const fromHash = tokenFromHash(hash);
  const hasTokenParam = new URLSearchParams(hash.replace(/^#/, '')).has('token');
  if (fromHash !== undefined) return { token: fromHash, store: fromHash !== stored, stripHash: true };
  const kept = stored !== null && isWellFormedToken(stored) ? stored : undefined;
  return { token: kept, store: false, stripHash: hasTokenParam };
};

/** `Authorization` and `Content-Type` headers for a bridge request. */
export const bridgeHeaders = (token: string | undefined, json: boolean): Record<string, string> => {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers['Authorization'] = `Bearer ${token}`;
  if (json) headers['Content-Type'] = 'application/json';
  return headers;
};
