/** Whole months from 1 to 120, as the settings schema accepts; anything else is undefined. */
export const parseRetentionMonths = (text: string): number | undefined => {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= 120 ? n : undefined;
};
