/**
 * Labels that introduce a personal fact in NL, FR, EN and DE, as folded regex sources. A label
 * followed by a value is the strongest cue there is (confidence ≥ 0.9).
 */
export const LABELS = {
  birthDate: [
    'date of birth', 'birth\\s?date', 'birthday', 'born(?: on)?', 'd\\.?\\s?o\\.?\\s?b\\.?', 'geboortedatum', 'geboren(?: op| am)?',
    'geb\\.?(?: op| am)?', 'date de naissance', 'nee?(?:\\(e\\))? le', 'nee?(?:\\(e\\))?', 'naissance', 'geburtsdatum', 'geburtstag', 'geboren',
    'date of birth and place', 'geburtsdatum und -ort', 'date et lieu de naissance', 'geboortedatum en -plaats', 'geboorte',
  ],
  birthPlace: [
    'place of birth', 'birthplace', 'born (?:in|at)', 'geboorteplaats', 'geboren (?:te|in)', 'lieu de naissance', 'nee?(?:\\(e\\))? a',
    'geburtsort', 'geboren in',
  ],
  age: ['age', 'aged', 'leeftijd', 'alter', 'ouderdom'],
  nationality: [
    'nationality', 'nationalities', 'citizenship', 'nationaliteit', 'nationaliteiten', 'staatsburgerschap', 'nationalite',
    'nationalites', 'citoyennete', 'staatsangehorigkeit', 'staatsburgerschaft', 'nationalitat',
  ],
  gender: ['gender', 'sex', 'geslacht', 'gender', 'sexe', 'genre', 'geschlecht'],
  marital: [
    'marital status', 'civil status', 'family status', 'family situation', 'relationship status', 'burgerlijke sta(?:at|nd)',
    'gezinssituatie', 'gezinstoestand', 'familiale (?:toestand|situatie)', 'etat civil', 'situation (?:familiale|de famille|matrimoniale)',
    'familienstand', 'zivilstand', 'personenstand',
  ],
  residence: [
    'place of residence', 'residence', 'lives in', 'based in', 'woonplaats', 'woonachtig(?: te| in)?', 'domicile', 'domicilie(?:e)?(?: a)?',
    'lieu de residence', 'residant a', 'wohnort', 'wohnhaft(?: in)?', 'woonadres', 'home address', 'address', 'adres', 'adresse',
    'anschrift', 'postal address', 'postadres',
  ],
  phone: [
    'tel', 'tel\\.', 'telephone', 'telefoon', 'telefoonnummer', 'telefon', 'telefonnummer', 'phone', 'mobile', 'mobiel', 'gsm', 'portable',
    'handy', 'mob', 'mobil', 'cell', 'cellphone', 'mobilnummer', 'numero de telephone', 'phone number', 'tel nr', 'tel\\. nr', 'fax',
    'whatsapp', 't', 'm', 'p',
  ],
  nationalId: [
    'rijksregisternummer', 'rijksregisternr', 'rijksregister', 'rrn', 'insz(?:-nummer| nummer)?', 'identificatienummer',
    'numero national', 'n° national', 'no national', 'numero de registre national', 'registre national', 'niss', 'nn',
    'nationalregisternummer', 'national register number', 'national registry number', 'national number', 'national id(?: number)?',
    'national identification number', 'social security number', 'ssn', 'bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer',
    'numero de securite sociale', 'n° de securite sociale', 'n° secu', 'numero secu', 'nir', 'sozialversicherungsnummer',
    'sv-nummer', 'rentenversicherungsnummer', 'steuer-id', 'steueridentifikationsnummer', 'steuer-identifikationsnummer',
    'tax id', 'tax number', 'national insurance number', 'ni number', 'nino', 'personal number', 'personnummer', 'pesel',
    'codice fiscale',
  ],
  idDocument: [
    'passport', 'passport number', 'passport no', 'paspoort', 'paspoortnummer', 'passeport', 'numero de passeport', 'reisepass',
    'reisepassnummer', 'pass-nr', 'passnummer', 'id card', 'identity card', 'id-card', 'id number', 'eid', 'e-id', 'identiteitskaart',
    'identiteitskaartnummer', 'id-kaart', 'kaartnummer', 'carte d\'identite', 'carte d\'identite n°', 'numero de carte',
    'personalausweis', 'ausweis', 'ausweisnummer', 'personalausweisnummer', 'driving licen[cs]e', 'driver\'?s licen[cs]e',
    'rijbewijs', 'rijbewijsnummer', 'permis de conduire', 'numero de permis', 'fuhrerschein', 'fuhrerscheinnummer',
    'verblijfskaart', 'verblijfsvergunning', 'titre de sejour', 'carte de sejour', 'aufenthaltstitel', 'aufenthaltserlaubnis',
    'residence permit', 'work permit', 'arbeidskaart', 'permis de travail', 'arbeitserlaubnis',
  ],
  referee: [
    'references?', 'referees?', 'referenties?', 'referentiepersonen?', 'references?', 'referenzen?', 'contact persons?',
    'contactpersonen?', 'personnes? de contact', 'personnes? de reference', 'ansprechpartner(?:in)?', 'referenzgeber',
  ],
} as const;

/** A label followed by an optional colon/dash, as used before a value. */
export const labelRx = (sources: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])\\s*(?:\\(?[a-z.]{0,6}\\)?\\s*)?[:=\\-\\u2013]?\\s*`, 'gu');
