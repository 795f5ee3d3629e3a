/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so a time zone never shifts a deadline. */

const parse = (iso: string): { y: number; m: number; d: number } => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso.slice(0, 20)}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
};

const format = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Adds calendar months; a day that does not exist in the target month becomes its last day
 * (31 January + 1 month = 28 or 29 February), as deadlines "within one month" are read.
 */
export const addMonths = (iso: string, months: number): string => {
  const { y, m, d } = parse(iso);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
};

export const addDays = (iso: string, days: number): string => {
  const { y, m, d } = parse(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};

/** Whole days from a to b (negative when b is earlier). */
export const daysBetween = (a: string, b: string): number => {
  const pa = parse(a);
  const pb = parse(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
};

export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

export const minDate = (...dates: (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => d !== undefined).sort()[0];
