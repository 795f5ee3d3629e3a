/**
 * Surname particles (folded). A surname is matched as a whole ("Van den Broeck") and by its core
 * ("Broeck"); particles alone are never matched.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", 't', 'ter', 'ten', 'te', 'vanden', 'vander', 'vande', 'op', 'in',
  'von', 'zu', 'zum', 'zur', 'vom', 'am', 'im',
  'le', 'la', 'les', 'du', 'des', 'd', "d'", 'di', 'da', 'dos', 'das', 'do', 'del', 'della', 'dei', 'y',
  'el', 'al', 'ben', 'bin', 'ibn', 'bou', 'abou', 'abu', 'ait', 'ould', 'mac', 'mc', 'o',
  'st', 'saint', 'sainte', 'sint',
]);

/** Honorifics that may precede a name (folded, dot optional). */
export const HONORIFICS = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'ir', 'ing', 'drs', 'dhr', 'mevr', 'mw', 'mevrouw', 'meneer', 'de heer',
  'm', 'mme', 'mlle', 'madame', 'monsieur', 'mademoiselle', 'herr', 'frau', 'sir', 'madam', 'me',
] as const;

/** Honorifics that state the person's gender. */
export const GENDERED_HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dhr', 'mevr', 'mw', 'mevrouw', 'meneer', 'de heer', 'mme', 'mlle', 'madame', 'monsieur',
  'mademoiselle', 'herr', 'frau', 'sir', 'madam',
]);
