import type { Period, YearMonth } from '../../../shared/cv/model';

/** A calendar date (YYYY-MM-DD or an ISO timestamp) in the UI's language, without a time zone shift. */
export const formatDate = (iso: string, locale: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
};

/** A timestamp with its local time, for history entries. */
export const formatDateTime = (iso: string, locale: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
};

const yearMonth = (ym: YearMonth, locale: string): string =>
  ym.month === undefined
    ? String(ym.year)
    : new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(ym.year, ym.month - 1, 1)));

/**
 * "Mar 2019 – present": from the parsed months and years when there are any, else the period as
 * written in the CV.
 */
export const formatPeriod = (p: Period, locale: string, presentWord: string): string => {
  if (!p.from && !p.to) return p.text;
  const from = p.from ? yearMonth(p.from, locale) : '';
  const to = p.current ? presentWord : p.to ? yearMonth(p.to, locale) : '';
  if (from && to) return `${from} – ${to}`;
  return from || to;
};

/** File sizes as a consultant reads them: KB below one megabyte, else MB with one decimal. */
export const fileSize = (bytes: number): { unit: 'kb' | 'mb'; size: string } =>
  bytes < 1024 * 1024
    ? { unit: 'kb', size: String(Math.max(1, Math.round(bytes / 1024))) }
    : { unit: 'mb', size: (bytes / (1024 * 1024)).toFixed(1) };

/** Today as YYYY-MM-DD in local time (what a consultant means by "today"). */
export const todayLocal = (now: Date = new Date()): string => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
