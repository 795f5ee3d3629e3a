import { mod97, onlyDigits } from './mod97';

/**
 * Belgian national register number (rijksregisternummer / numéro national, also the INSZ/NISS):
 * YYMMDD SSS CC with CC = 97 − (YYMMDDSSS mod 97) for births before 2000 and
 * 97 − (2YYMMDDSSS mod 97) from 2000 on. Month may be 0 (unknown date) or shifted by 20/40
 * (bis numbers), day may be 0.
 */
export const belgianNationalNumberCentury = (input: string): 1900 | 2000 | undefined => {
  const d = onlyDigits(input);
  if (d.length !== 11) return undefined;
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  const realMonth = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  if (realMonth > 12 || day > 31) return undefined;
  const body = d.slice(0, 9);
  const check = Number(d.slice(9));
  if (97 - mod97(body) === check) return 1900;
  if (97 - mod97(`2${body}`) === check) return 2000;
  return undefined;
};

export const isValidBelgianNationalNumber = (input: string): boolean => belgianNationalNumberCentury(input) !== undefined;

/** Belgian enterprise (KBO/BCE, also VAT) number: 10 digits, 0 or 1 first, last two = 97 − (first eight mod 97). */
export const isValidBelgianEnterpriseNumber = (input: string): boolean => {
  const d = onlyDigits(input);
  if (d.length !== 10 || !/^[01]/.test(d)) return false;
  return 97 - mod97(d.slice(0, 8)) === Number(d.slice(8));
};

/** Dutch BSN: 9 digits (8 are padded with a 0), 11-proof with weights 9..2 and −1. */
export const isValidBsn = (input: string): boolean => {
  let d = onlyDigits(input);
  if (d.length === 8) d = `0${d}`;
  if (d.length !== 9 || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d.charAt(i));
  sum -= Number(d.charAt(8));
  return sum % 11 === 0;
};

/**
 * French NIR (numéro de sécurité sociale): 13 characters + 2-digit key = 97 − (n mod 97), where
 * the Corsican departments 2A and 2B count as 19 and 18 in n.
 */
export const isValidNir = (input: string): boolean => {
  const s = input.replace(/[\s.-]/g, '').toUpperCase();
  const m = /^([1-478])(\d{2})(\d{2})(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})$/.exec(s);
  if (!m) return false;
  const month = Number(m[3]);
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99))) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - mod97(body) === Number(m[7]);
};
