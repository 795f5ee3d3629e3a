import { PLANS } from './phone-countries';

export interface PhoneVerdict {
  /** ISO country (or a pair when two plans fit equally, e.g. `FR/NL`), or `E164` for an unknown code. */
  country: string;
  confidence: number;
  rule: string;
}

/**
 * How a candidate number was written: digits only, plus the prefix (`+`, `00`, or none) and the
 * lengths of its digit groups (separators dropped). `(0)` after a country code is already removed.
 */
export interface PhoneShape {
  prefix: '+' | '00' | '';
  digits: string;
  groups: readonly number[];
  /** US style `(123) 456-7890` or `123-456-7890`. */
  northAmerican: boolean;
}

const international = (digits: string): PhoneVerdict | undefined => {
  for (const plan of PLANS) {
    if (!digits.startsWith(plan.code)) continue;
    const nsn = digits.slice(plan.code.length);
    if (nsn.length < plan.min || nsn.length > plan.max) continue;
    if (plan.shape && !plan.shape.test(nsn)) continue;
    const mobile = plan.mobile?.test(nsn) ?? false;
    return { country: `+${plan.code}`, confidence: mobile ? 0.97 : 0.93, rule: `phone-intl${mobile ? '-mobile' : ''}` };
  }
  // An unknown code still has E.164's shape: 8 to 15 digits in all.
  if (digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0')) return { country: 'E164', confidence: 0.8, rule: 'phone-e164' };
  return undefined;
};

const national = (d: string, groups: readonly number[]): PhoneVerdict | undefined => {
  if (/^04[5-9]\d{7}$/.test(d)) return { country: 'BE', confidence: 0.95, rule: 'phone-be-mobile' };
  if (/^0[1-9]\d{7}$/.test(d)) return { country: 'BE', confidence: 0.88, rule: 'phone-be' };
  if (/^06\d{8}$/.test(d)) return { country: 'FR/NL', confidence: 0.95, rule: 'phone-nl-fr-mobile' };
  if (/^0[1-9]\d{8}$/.test(d)) return { country: 'FR/NL', confidence: 0.9, rule: 'phone-nl-fr' };
  if (/^01[5-7]\d{8,9}$/.test(d)) return { country: 'DE', confidence: 0.93, rule: 'phone-de-mobile' };
  if (/^07\d{9}$/.test(d)) return { country: 'UK', confidence: 0.9, rule: 'phone-uk-mobile' };
  if (/^0[1-9]\d{9}$/.test(d)) return { country: 'UK/DE', confidence: 0.85, rule: 'phone-uk-de' };
  // German landlines vary in length (area code 2-5 digits); a separate area code makes it a phone.
  if (/^0[2-9]\d{5,10}$/.test(d) && (groups.length >= 2 || d.length >= 10)) return { country: 'DE', confidence: 0.7, rule: 'phone-de' };
  return undefined;
};

/** Validates a candidate by per-country length and prefix rules; undefined when it is not a phone. */
export const classifyPhone = (shape: PhoneShape): PhoneVerdict | undefined => {
  const { digits, prefix } = shape;
  if (digits.length < 7 || digits.length > 15) return undefined;
  if (prefix === '+' || prefix === '00') return international(digits);
  if (shape.northAmerican && digits.length === 10) return { country: 'US', confidence: 0.85, rule: 'phone-nanp' };
  if (digits.startsWith('0')) return national(digits, shape.groups);
  return undefined;
};
