/**
 * Context cues for special-category statements (folded regex sources, NL/FR/EN/DE). A weak term
 * ("diabetes", "mosque", "union") is about the candidate only when one of these is present.
 */

/** The statement speaks about the writer's own life or state. */
export const SELF = [
  // EN
  'my', 'mine', 'myself', 'i have', "i've", 'i had', 'i am', "i'm", 'i was', 'i suffer', 'suffer(?:s|ed|ing)? from', 'diagnosed', 'living with',
  'live with', 'recover(?:ed|ing|y)? from', 'due to', 'because of', 'after (?:a|an|my)', 'following (?:a|an|my)', 'period of', 'treated for',
  'treatment for', 'on medication', 'personal reasons', 'health reasons', 'career break', 'member of', 'proud member', 'he is', 'she is',
  'practising', 'practicing', 'devout', 'convinced', 'believer', 'identify as', 'came out',
  // NL
  'mijn', 'mij', 'mezelf', 'ik heb', 'ik had', 'ik ben', 'ik was', 'lijd(?:e|t)? aan', 'leed aan', 'gediagnosticeerd', 'diagnose', 'kamp(?:t|te)? met',
  'leef met', 'leven met', 'hersteld van', 'herstel(?:len)? (?:na|van)', 'wegens', 'omwille van', 'door (?:een|mijn)', 'na (?:een|mijn)',
  'periode van', 'behandeling', 'persoonlijke redenen', 'gezondheidsredenen', 'loopbaanonderbreking', 'lid van', 'praktiserend', 'overtuigd',
  'gelovig', 'hij is', 'zij is',
  // FR
  'mon', 'ma', 'mes', 'moi', "j'ai", "j'avais", 'je suis', "j'etais", 'je souffre', 'souffr\\w* de', 'atteint(?:e)? (?:de|d\')', 'diagnostique(?:e)?',
  'vivant avec', 'je vis avec', 'gueri(?:e)? de', 'suite a (?:un|une|mon|ma)', 'a cause de', 'en raison de', 'apres (?:un|une|mon|ma)',
  'periode de', 'traitement', 'raisons personnelles', 'raisons de sante', 'pause carriere', 'membre de', 'membre du', 'membre des', 'pratiquant(?:e)?',
  'croyant(?:e)?', 'convaincu(?:e)?', 'il est', 'elle est',
  // DE
  'mein', 'meine', 'meinem', 'meinen', 'meiner', 'mich', 'ich habe', 'ich hatte', 'ich bin', 'ich war', 'leide an', 'litt an', 'diagnostiziert',
  'erkrankt', 'lebe mit', 'genesen', 'aufgrund', 'wegen', 'nach (?:einem|einer|meinem|meiner)', 'zeit der', 'behandlung', 'personliche grunde',
  'gesundheitliche grunde', 'auszeit', '\\p{L}*mitglied', 'praktizierend', 'glaubig', 'uberzeugt', 'er ist', 'sie ist',
] as const;

/** The bare first person: enough for a term unless the statement is about work in that domain. */
export const FIRST_PERSON = ['i', 'me', 'ik', 'je', "j'", 'ich', 'wij', 'we', 'nous'] as const;

/** Being a member, an officer, a candidate or a campaigner of an organisation. */
export const MEMBERSHIP = [
  'member', 'members', 'membership', 'lid', 'leden', 'lidmaatschap', 'membre', 'adherent(?:e)?', 'affilie(?:e)?', '\\p{L}*mitglied(?:schaft|er)?', 'vorstand\\p{L}*', 'bestuurslid', 'bestuursleden',
  'delegate', 'afgevaardigde', 'delegee', 'delegue(?:e)?', 'delegierte[rn]?', 'representative', 'vertegenwoordiger', 'representant(?:e)?',
  'vertreter(?:in)?', 'shop steward', 'steward', 'active in', 'actief (?:in|bij|voor)', 'actif', 'active', 'aktiv', 'engagiert', 'engage(?:e)?',
  'volunteer(?:ed|ing)?', 'vrijwillig\\w*', 'benevol\\w*', 'ehrenamt\\w*', 'militant(?:e)?', 'militeer\\w*', 'activist', 'activiste', 'aktivist(?:in)?',
  'board', 'bestuur(?:slid)?', 'bureau', 'vorstand', 'candidate', 'candidacy', 'kandida\\w*', 'candidat(?:e|ure)?', 'elected', 'verkozen',
  'elu(?:e)?', 'gewahlt', 'chair(?:man|woman|person)?', 'voorzit\\w*', 'president(?:e)?', 'vorsitz\\w*', 'secretary', 'secretaris', 'secretaire',
  'treasurer', 'penningmeester', 'tresorier(?:e)?', 'kassenwart', 'campaign(?:ed|ing)?', 'campagne', 'wahlkampf', 'youth', 'jongeren',
  'jeunes', 'jugend', 'section', 'afdeling', 'ortsverband', 'ortsverein', 'supporter', 'sympathisant(?:e)?', 'anhanger(?:in)?', 'voted',
  'stem(?:de)?', 'vote', 'councillor', 'council', 'gemeenteraad(?:slid)?', 'conseiller(?:e)?', 'stadtrat', 'schepen',
  'mandataris', 'mandataire', 'mandat', 'mandaat', 'organis(?:ed|er|ing)', 'organiz(?:ed|er|ing)', 'organisator', 'organisateur', 'helped',
  'joined', 'aangesloten', 'deelname', 'deelgenomen', 'participated', 'participe', 'teilgenommen', 'lidkaart', 'carte de membre', 'parti',
] as const;

/** Section kinds where a personal fact is stated rather than a job described. */
export const PERSONAL_SECTIONS: ReadonlySet<string> = new Set(['personal', 'interests', 'volunteering', 'header']);
