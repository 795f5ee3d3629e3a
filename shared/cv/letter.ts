import { wordCount } from './fold';

/**
 * Cover letters travel with CVs (German applications put letter and Lebenslauf in one PDF). A
 * salutation is the surest sign one begins, whatever the heading (or lack of one) above it.
 */
const SALUTATION =
  /^(?:sehr\s+geehrte[rs]?|liebe[rs]?|dear|geachte|beste|madame|monsieur|mesdames|messieurs|chère|cher|bonjour|hallo|hello|guten\s+tag)\b/iu;
const FIXED_SALUTATION =
  /^(?:sehr geehrte damen und herren|madame,? monsieur|mesdames,? messieurs|dear sir or madam|dear hiring manager|geachte heer,? mevrouw|geachte mevrouw,? meneer)\b/iu;

export const isSalutation = (text: string): boolean => {
  const t = text.trim();
  if (wordCount(t) > 9) return false;
  if (FIXED_SALUTATION.test(t)) return true;
  return SALUTATION.test(t) && /[,:!]$/.test(t);
};

/** The subject line just above a salutation: "Bewerbung als …", "Objet : …", "Betreft: …". */
const SUBJECT =
  /^(?:bewerbung|betreff|betr\.|betrifft|objet|onderwerp|betreft|re:|subject|application|sollicitatie|candidature|initiativbewerbung|motivatiebrief|lettre de motivation)\b/iu;

export const isSubjectLine = (text: string): boolean => wordCount(text) <= 15 && SUBJECT.test(text.trim());

/** Closing formulas; the signature under them still belongs to the letter. */
const CLOSING =
  /^(?:mit\s+freundlichen\s+grü(?:ß|ss)en|freundliche\s+grü(?:ß|ss)e|met\s+vriendelijke\s+groet(?:en)?|hoogachtend|kind\s+regards|best\s+regards|yours\s+(?:sincerely|faithfully)|sincerely|cordialement|bien\s+cordialement|veuillez\s+agréer)/iu;

export const isClosing = (text: string): boolean => CLOSING.test(text.trim());
