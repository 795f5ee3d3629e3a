import { identifier } from '../finding';
import { LABELS } from '../lexicon/labels';
import { fold, toOriginal } from '../text/fold';
import { allMatches } from '../text/patterns';
import { checkIban, isValidBelgianAccount } from '../validators/iban';
import { isValidBelgianNationalNumber, isValidBsn, isValidNir } from '../validators/national-id';
import { isValidSteuerId } from '../validators/steuer-id';
import type { IdentifierFinding, TextUnit } from '../types';

const IBAN = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ .-]?[A-Za-z0-9]{4}){2,7}(?:[ .-]?[A-Za-z0-9]{1,4})?(?![\p{L}\p{N}])/gu;
const IBAN_LABEL = /(?:iban|bic|rekening(?:nummer)?|bankrekening|compte(?: bancaire)?|konto(?:nummer)?|bankverbindung|bank account|account(?: number)?)\s*(?:nr\.?|n°|no\.?)?\s*[:.]?\s*$/u;
const BE_ACCOUNT = /(?<![\p{N}])\d{3}-\d{7}-\d{2}(?![\p{N}])/gu;

// Number-like runs: digits with the separators national numbers are written with, or a NIR with 2A/2B.
const NUMBER_RUN = /(?<![\p{L}\p{N}])[12478]?[\s.]?\d{2}[\s.]?\d{2}[\s.]?(?:\d{2}|2[ab])[\s.-]?\d{3}[\s.-]?\d{3}[\s.]?\d{2}(?![\p{N}])|(?<![\p{L}\p{N}])\d[\d\s./-]{6,18}\d(?![\p{N}])/gu;
const labelBefore = (sources: readonly string[]) =>
  new RegExp(`(?:${sources.join('|')})\\s*(?:\\(?[a-z.]{0,6}\\)?)?\\s*(?:nr\\.?|n°|no\\.?|number|nummer|numero)?\\s*[:=.#-]?\\s*$`, 'u');
const NATIONAL_LABEL = labelBefore(LABELS.nationalId);
const ID_DOC_LABEL = labelBefore(LABELS.idDocument);

const before = (folded: string, at: number) => folded.slice(Math.max(0, at - 60), at);

/** IBANs (checksum) and old Belgian account numbers; an invalid IBAN after a bank label still counts. */
export const findAccounts = (unit: TextUnit): IdentifierFinding[] => {
  const out: IdentifierFinding[] = [];
  const folded = fold(unit.text).text;
  for (const m of allMatches(IBAN, unit.text)) {
    // The pattern may run on into the next word ("… 7034 please"): try the longest valid prefix of groups.
    const groups = m[0].replace(/[ .-]+$/, '').split(/(?<=[A-Za-z0-9])(?=[ .-])/);
    let value = groups.join('');
    for (let n = groups.length; n >= 3; n--) {
      const candidate = groups.slice(0, n).join('');
      if (checkIban(candidate) === 'valid') {
        value = candidate;
        break;
      }
    }
    const check = checkIban(value);
    const labelled = IBAN_LABEL.test(before(folded, m.index));
    if (check === 'valid') out.push(identifier(unit, m.index, m.index + value.length, 'iban', 0.99, 'iban-checksum'));
    else if (labelled && check !== 'bad-format') out.push(identifier(unit, m.index, m.index + value.length, 'iban', 0.8, 'iban-labelled'));
  }
  for (const m of allMatches(BE_ACCOUNT, unit.text))
    if (isValidBelgianAccount(m[0])) out.push(identifier(unit, m.index, m.index + m[0].length, 'iban', 0.9, 'be-account-mod97'));
  return out;
};

/**
 * National numbers: Belgian register numbers and French NIRs pass a checksum that random digits
 * rarely pass, so they count unlabelled; a BSN's 11-proof or a Steuer-ID's check digit passes too
 * often, so those need their label; anything after a national-number label counts (a mistyped
 * number is still the person's number).
 */
export const findNationalIds = (unit: TextUnit, skip: readonly [number, number][] = []): IdentifierFinding[] => {
  const out: IdentifierFinding[] = [];
  const view = fold(unit.text);
  for (const m of allMatches(NUMBER_RUN, view.text)) {
    const [s, e] = toOriginal(view, m.index, m.index + m[0].length);
    if (skip.some(([a, b]) => s < b && a < e)) continue;
    const raw = unit.text.slice(s, e).trim();
    const digits = raw.replace(/[^\dAB]/gi, '');
    const labelled = NATIONAL_LABEL.test(before(view.text, m.index));
    if (/^\d{11}$/.test(digits) && isValidBelgianNationalNumber(digits))
      out.push(identifier(unit, s, e, 'national-id', labelled ? 0.99 : 0.95, 'be-national-number'));
    else if (isValidNir(digits)) out.push(identifier(unit, s, e, 'national-id', labelled ? 0.99 : 0.93, 'fr-nir'));
    else if (labelled && isValidBsn(digits)) out.push(identifier(unit, s, e, 'national-id', 0.97, 'nl-bsn'));
    else if (labelled && isValidSteuerId(digits)) out.push(identifier(unit, s, e, 'national-id', 0.97, 'de-steuer-id'));
    else if (labelled && digits.length >= 8) out.push(identifier(unit, s, e, 'national-id', 0.85, 'national-id-labelled'));
  }
  return out;
};

// A document number: letters and digits, at least five characters with at least three digits.
const DOC_NUMBER = /(?<![\p{L}\p{N}])(?=[A-Za-z0-9 -]*\d[A-Za-z0-9 -]*\d[A-Za-z0-9 -]*\d)[A-Za-z0-9][A-Za-z0-9 -]{3,18}[A-Za-z0-9](?![\p{L}\p{N}])/gu;

/** Passport, identity-card, residence-permit and driving-licence numbers, only after their label. */
export const findIdDocuments = (unit: TextUnit, skip: readonly [number, number][] = []): IdentifierFinding[] => {
  const out: IdentifierFinding[] = [];
  const view = fold(unit.text);
  for (const m of allMatches(DOC_NUMBER, view.text)) {
    if (!ID_DOC_LABEL.test(before(view.text, m.index))) continue;
    const value = m[0].replace(/[\s-]+$/, '');
    const [s, e] = toOriginal(view, m.index, m.index + value.length);
    if (skip.some(([a, b]) => s < b && a < e)) continue;
    out.push(identifier(unit, s, e, 'id-document', 0.9, 'id-document-labelled'));
  }
  return out;
};
