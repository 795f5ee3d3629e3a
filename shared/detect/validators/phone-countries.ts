/**
 * National significant number lengths per calling code (ITU-T E.164 national plans, simplified):
 * enough to tell a phone number from a year range or an amount without a phone library.
 */
export interface CountryPlan {
  code: string;
  min: number;
  max: number;
  /** Optional stricter shape of the national significant number. */
  shape?: RegExp;
  /** Mobile prefix of the national significant number, for a higher confidence. */
  mobile?: RegExp;
}

export const PLANS: readonly CountryPlan[] = [
  // Belgium: 8 digits (landline, area code 1-2 digits) or 9 starting with 4 (mobile 45x-49x).
  { code: '32', min: 8, max: 9, shape: /^(?:[1-9]\d{7}|4[5-9]\d{7})$/, mobile: /^4[5-9]/ },
  { code: '31', min: 9, max: 9, shape: /^[1-9]\d{8}$/, mobile: /^6/ },
  { code: '33', min: 9, max: 9, shape: /^[1-9]\d{8}$/, mobile: /^[67]/ },
  { code: '49', min: 6, max: 11, shape: /^[1-9]\d{5,10}$/, mobile: /^1[5-7]\d{8,9}$/ },
  { code: '44', min: 9, max: 10, shape: /^[1-9]\d{8,9}$/, mobile: /^7\d{9}$/ },
  { code: '352', min: 4, max: 11, shape: /^[2-9]\d{3,10}$/, mobile: /^6[2-9]1\d{6}$/ },
  { code: '1', min: 10, max: 10, shape: /^[2-9]\d{2}[2-9]\d{6}$/ },
  { code: '41', min: 9, max: 9, mobile: /^7[5-9]/ },
  { code: '43', min: 4, max: 13 },
  { code: '39', min: 6, max: 11 },
  { code: '34', min: 9, max: 9 },
  { code: '351', min: 9, max: 9 },
  { code: '353', min: 7, max: 9 },
  { code: '45', min: 8, max: 8 },
  { code: '46', min: 7, max: 13 },
  { code: '47', min: 8, max: 8 },
  { code: '48', min: 9, max: 9 },
  { code: '40', min: 9, max: 9 },
  { code: '30', min: 10, max: 10 },
  { code: '36', min: 8, max: 9 },
  { code: '420', min: 9, max: 9 },
  { code: '90', min: 10, max: 10 },
  { code: '212', min: 9, max: 9 },
  { code: '213', min: 8, max: 9 },
  { code: '216', min: 8, max: 8 },
  { code: '243', min: 9, max: 9 },
  { code: '91', min: 10, max: 10 },
  { code: '7', min: 10, max: 10 },
];
