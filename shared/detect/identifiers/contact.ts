import { identifier, sectionOf } from '../finding';
import { LABELS } from '../lexicon/labels';
import { foldTerm } from '../text/fold';
import { allMatches } from '../text/patterns';
import { classifyPhone, type PhoneShape } from '../validators/phone';
import type { IdentifierFinding, TextUnit } from '../types';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+\s?(?:@|\[at\]|\(at\))\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

const REFEREE_SECTIONS = new Set(['references']);
const isRefereeUnit = (unit: TextUnit): boolean => REFEREE_SECTIONS.has(sectionOf(unit));

export const findEmails = (unit: TextUnit): IdentifierFinding[] =>
  allMatches(EMAIL, unit.text).map((m) => {
    const end = m.index + m[0].replace(/[.]+$/, '').length;
    return isRefereeUnit(unit)
      ? identifier(unit, m.index, end, 'referee', 0.95, 'referee-email')
      : identifier(unit, m.index, end, 'email', 0.99, 'email');
  });

// Social and profile sites: a link to one of these is a personal URL wherever it appears.
const SOCIAL =
  /(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|behance\.net|dribbble\.com|medium\.com|stackoverflow\.com\/users|xing\.com|viadeo\.com|youtube\.com|tiktok\.com|kaggle\.com|about\.me|wa\.me|t\.me|linktr\.ee|codepen\.io|dev\.to|hashnode\.dev|substack\.com|scholar\.google|researchgate\.net|orcid\.org|mastodon\.\w+|bsky\.app)/iu;
const URL =
  /(?:https?:\/\/|www\.)[^\s,;|()<>"']+|(?<![@\p{L}\p{N}.])(?:[\p{L}\p{N}-]+\.)+(?:com|be|nl|fr|de|eu|io|dev|org|net|me|lu|ch|at|uk|co|app|page|site|tech|info|pro|online|xyz|ee)(?:\/[^\s,;|()<>"']*)?(?![\p{L}\p{N}])/giu;
const PERSONAL_SECTIONS = new Set(['header', 'personal', 'furniture', 'properties', 'references']);
// Handles written without a URL: "LinkedIn: jan-peeters", "GitHub: @jpeeters".
const HANDLE = /(?<![\p{L}\p{N}])(?:linkedin|github|gitlab|twitter|x|instagram|facebook|skype|telegram|mastodon|bluesky)\s*[:/]\s*(@?[\p{L}\p{N}_.-]{3,})/giu;

/**
 * Links. Profiles on social sites are always personal; other sites are personal where contact
 * details live (header, personal details, footers). An employer's site inside a job entry is not
 * the candidate's, unless it carries the name (the name detector finds that).
 */
export const findUrls = (unit: TextUnit): IdentifierFinding[] => {
  const text = unit.text.replace(EMAIL, (m) => ' '.repeat(m.length));
  const out: IdentifierFinding[] = [];
  for (const m of allMatches(URL, text)) {
    const url = m[0].replace(/[.)\]]+$/, '');
    if (/^\d+(?:\.\d+)+$/.test(url)) continue;
    if (SOCIAL.test(url)) out.push(identifier(unit, m.index, m.index + url.length, 'url', 0.97, 'url-social'));
    else if (PERSONAL_SECTIONS.has(sectionOf(unit))) out.push(identifier(unit, m.index, m.index + url.length, 'url', 0.85, 'url-personal'));
  }
  for (const m of allMatches(HANDLE, text)) {
    const h = m[1] ?? '';
    const at = m.index + m[0].length - h.length;
    if (!out.some((f) => f.start <= at && at < f.end)) out.push(identifier(unit, at, at + h.length, 'url', 0.9, 'url-handle'));
  }
  return out;
};

// A phone candidate: optional +/00 prefix, digits with the usual separators, 7+ digits in all.
const PHONE = /(?<![\p{L}\p{N}+/.,-])(?:\+|00)?\s?(?:\(0\)\s?)?\(?\d[\d\s()./-]{5,40}\d(?![\p{N}])(?!\s?[.,/-]\d)/gu;
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}[./-]\d{1,2}[./-]\d{1,2}$|^\d{1,2}[./-]\d{4}(?:\s*[-–]\s*\d{1,2}[./-]\d{4})?$|^\d{4}\s*[-–]\s*\d{4}$/;
const PHONE_LABEL = new RegExp(`(?:${LABELS.phone.join('|')})\\s*[.:]?\\s*$`, 'u');

const shapeOf = (raw: string): PhoneShape => {
  const prefix: PhoneShape['prefix'] = raw.startsWith('+') ? '+' : raw.startsWith('00') ? '00' : '';
  let body = raw.slice(prefix.length);
  // "+32 (0)9 ..." — the trunk zero in brackets is not dialled from abroad.
  if (prefix) body = body.replace(/\(0\)/, '');
  const groups = body.split(/[\s()./-]+/).filter((g) => g.length > 0).map((g) => g.length);
  return { prefix, digits: body.replace(/\D/g, ''), groups, northAmerican: /^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/.test(body.trim()) };
};

export const findPhones = (unit: TextUnit, text: string = unit.text): IdentifierFinding[] => {
  const out: IdentifierFinding[] = [];
  // Two numbers in one run ("0477 16 53 58 / 050 61 93 61") are read one by one.
  const pieces = allMatches(PHONE, text).flatMap((m) => {
    const out: { index: number; text: string }[] = [];
    let from = 0;
    for (const sep of m[0].matchAll(/\s+[/|]\s+|\s{3,}/g)) {
      out.push({ index: m.index + from, text: m[0].slice(from, sep.index) });
      from = (sep.index ?? 0) + sep[0].length;
    }
    out.push({ index: m.index + from, text: m[0].slice(from) });
    return out;
  });
  for (const m of pieces) {
    const raw = m.text.replace(/[\s()./-]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (!/^(?:\+|00|\(?\d)/.test(value)) continue;
    if (DATE_LIKE.test(value)) continue;
    // Year ranges and periods ("2015 - 2019", "01/2018 – 12/2020") have phone-like digits.
    if (/(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}/.test(value) && !value.startsWith('+')) continue;
    const verdict = classifyPhone(shapeOf(value));
    const labelled = PHONE_LABEL.test(foldTerm(text.slice(Math.max(0, m.index - 24), m.index)));
    if (!verdict && !(labelled && value.replace(/\D/g, '').length >= 8)) continue;
    const start = m.index + lead;
    const end = start + value.length;
    const confidence = Math.min(0.99, (verdict?.confidence ?? 0.75) + (labelled ? 0.04 : 0));
    const rule = verdict?.rule ?? 'phone-labelled';
    out.push(isRefereeUnit(unit) ? identifier(unit, start, end, 'referee', confidence, `referee-${rule}`) : identifier(unit, start, end, 'phone', confidence, rule));
  }
  return out;
};
