/** n mod 97 for a decimal string of any length, without BigInt precision concerns. */
export const mod97 = (digits: string): number => {
  let r = 0;
  for (const d of digits) r = (r * 10 + d.charCodeAt(0) - 48) % 97;
  return r;
};

export const onlyDigits = (s: string): string => s.replace(/\D/g, '');
