import type { FontClass } from './fonts';

/** Private-use code points that Word's Symbol/Wingdings bullets come out as. */
const PUA_BULLETS = new Set([0xf0b7, 0xf0a7, 0xf0a8, 0xf076, 0xf0d8, 0xf0fc, 0xf0e0, 0xf06e, 0xf075, 0xf0a1, 0xf09f]);

const isPrivateUse = (c: number): boolean => (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000;

/**
 * Makes an item's string safe to join: icon-font pictograms dropped, dingbat and private-use
 * bullets turned into "•", control characters removed, tabs made spaces.
 */
export const cleanItemText = (raw: string, font: FontClass): string => {
  if (font === 'icon') return '';
  if (font === 'dingbat') return raw.trim().length > 0 && raw.trim().length <= 2 ? '•' : '';
  let out = '';
  for (const ch of raw) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0x09) out += ' ';
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0xfeff || c === 0x200b) continue;
    else if (isPrivateUse(c)) out += PUA_BULLETS.has(c) ? '•' : '';
    else out += ch;
  }
  return out;
};
