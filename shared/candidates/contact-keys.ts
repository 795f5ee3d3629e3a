/**
 * Keys that recognise the same person across CVs: e-mails compared case-insensitively, phones by
 * their last nine digits (which survive +32 / 0032 / 0 prefixes and any punctuation).
 */
export const emailKey = (email: string): string | undefined => {
  const e = email.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e) ? e : undefined;
};

export const phoneKey = (phone: string): string | undefined => {
  const digits = phone.replace(/\(0\)/g, '').replace(/\D/g, '');
  return digits.length >= 8 ? digits.slice(-9) : undefined;
};
