import { onlyDigits } from './mod97';

/**
 * German tax identification number (Steuer-ID, IdNr): 11 digits, no leading zero; in the first ten
 * exactly one digit occurs two or three times (three times only if not all adjacent) and the rest
 * at most once; the last is an ISO 7064 MOD 11,10 check digit.
 */
export const steuerIdCheckDigit = (first10: string): number => {
  let product = 10;
  for (const ch of first10) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
};

const digitPatternOk = (first10: string): boolean => {
  const counts = new Map<string, number>();
  for (const ch of first10) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.entries()].filter(([, n]) => n > 1);
  if (repeated.length !== 1) return false;
  const [digit, n] = repeated[0] ?? ['', 0];
  if (n > 3) return false;
  return n === 2 || !first10.includes(digit.repeat(3));
};

export const isValidSteuerId = (input: string): boolean => {
  const d = onlyDigits(input);
  if (d.length !== 11 || d.startsWith('0')) return false;
  const first10 = d.slice(0, 10);
  return digitPatternOk(first10) && steuerIdCheckDigit(first10) === Number(d.charAt(10));
};
