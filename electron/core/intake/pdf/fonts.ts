/**
 * What a font's real name (from the embedded font, e.g. `ABCDEF+Lato-Bold`) tells us. pdf.js
 * does not report weight with text items, and names are the one signal every producer keeps.
 */
export type FontClass = 'text' | 'icon' | 'dingbat';

export interface FontInfo {
  bold: boolean;
  kind: FontClass;
}

const stripSubset = (name: string): string => name.replace(/^[A-Z]{6}\+/, '');

const BOLD = /bold|black|heavy|semibold|demibold|demi\b|extrabold|ultrabold|fett|gras/i;
// TeX's bold Computer Modern / Latin Modern families carry the weight in a code, not a word.
const TEX_BOLD = /^(cmbx|cmb\d|cmssbx|lmbx|ecbx|ecrb|t1xb)/i;
const SUFFIX_BOLD = /[-,_](bd|b|bi|bdit|boldit)$/i;

// Icon fonts map pictograms onto letters ("z" for a clock, "#" for a house): their text is noise.
const ICON = /fontawesome|awesome|marvosym|academicons|simpleicons|simple-icons|materialicons|material-icons|materialsymbols|ionicons|glyphicons|icomoon|octicons|fontello|remixicon|tabler|bootstrap-icons|lineicons|feathericons|webdings|entypo|typicons|socicon|devicon|icons\b|\bicon\b/i;
// Dingbat fonts are used for list bullets (Wingdings "§" is a square bullet).
const DINGBAT = /wingdings|zapfdingbats|dingbats|pifont/i;

export const classifyFont = (realName: string | undefined, flags: { bold?: unknown; black?: unknown }): FontInfo => {
  const name = stripSubset(realName ?? '');
  const bold = flags.bold === true || flags.black === true || BOLD.test(name) || TEX_BOLD.test(name) || SUFFIX_BOLD.test(name);
  const kind: FontClass = ICON.test(name) ? 'icon' : DINGBAT.test(name) ? 'dingbat' : 'text';
  return { bold, kind };
};
