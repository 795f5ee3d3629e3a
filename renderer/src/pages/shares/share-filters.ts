import type { Share } from '../../../../shared/export/shares';

export interface ShareFilters {
  readonly search?: string;
  /** A client id, `none` for "none yet", or absent for any. */
  readonly client?: string;
  readonly mode?: Share['mode'];
  readonly format?: Share['format'];
  /** YYYY-MM-DD, inclusive, in local time. */
  readonly from?: string;
  readonly to?: string;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

const localDay = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The shares a consultant asked for: free text over reference, client, consultant, template and file. */
export const filterShares = (shares: readonly Share[], f: ShareFilters): Share[] => {
  const needle = fold(f.search?.trim() ?? '');
  return shares.filter((s) => {
    if (needle && !fold([s.ref, s.clientName ?? '', s.consultant, s.templateName, s.fileName].join(' ')).includes(needle)) return false;
    if (f.client === 'none' && s.clientId !== undefined) return false;
    if (f.client && f.client !== 'none' && String(s.clientId) !== f.client) return false;
    if (f.mode && s.mode !== f.mode) return false;
    if (f.format && s.format !== f.format) return false;
    const day = localDay(s.at);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
    return true;
  });
};

/** The clients that occur in the log (as named when sent), for the client filter. */
export const clientsInLog = (shares: readonly Share[]): { id: number; name: string }[] => {
  const seen = new Map<number, string>();
  for (const s of shares) if (s.clientId !== undefined && !seen.has(s.clientId)) seen.set(s.clientId, s.clientName ?? String(s.clientId));
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
};

export const hasFilters = (f: ShareFilters): boolean => Object.values(f).some((v) => v !== undefined && v !== '');
