import type { SectionKind } from './model';

/**
 * Section headings as CVs write them, in English, Dutch, French and German. Written naturally (with
 * accents and spaces); the matcher compares folded, compacted forms, so "ÉTUDES", "Etudes:" and
 * "E T U D E S" all find "études". Singular and plural are listed where both occur.
 */
export const HEADING_TERMS: Readonly<Record<Exclude<SectionKind, 'other'>, readonly string[]>> = {
  profile: [
    'profile', 'professional profile', 'personal profile', 'summary', 'professional summary', 'career summary',
    'executive summary', 'profile summary', 'about me', 'about', 'objective', 'career objective', 'personal statement',
    'introduction', 'who am i',
    'profiel', 'persoonlijk profiel', 'beroepsprofiel', 'samenvatting', 'over mij', 'wie ben ik', 'introductie',
    'korte voorstelling', 'voorstelling', 'doelstelling',
    'profil', 'profil professionnel', 'profil personnel', 'résumé', 'à propos', 'à propos de moi', 'présentation',
    'objectif', 'objectif professionnel', 'synthèse', 'qui suis-je',
    'kurzprofil', 'über mich', 'zusammenfassung', 'persönliches profil', 'berufsziel', 'profil und ziele',
  ],
  experience: [
    'experience', 'experiences', 'work experience', 'professional experience', 'employment history', 'employment',
    'work history', 'career history', 'career', 'professional background', 'relevant experience',
    'professional career', 'positions held', 'experience history',
    'werkervaring', 'beroepservaring', 'loopbaan', 'ervaring', 'professionele ervaring', 'werkgeschiedenis',
    'arbeidsverleden', 'beroepsloopbaan', 'professionele loopbaan', 'relevante ervaring', 'tewerkstelling',
    'expérience', 'expériences', 'expérience professionnelle', 'expériences professionnelles',
    'parcours professionnel', 'carrière', 'carrière professionnelle', 'emplois', 'emplois occupés',
    'berufserfahrung', 'beruflicher werdegang', 'werdegang', 'praxiserfahrung', 'berufspraxis',
    'berufliche erfahrung', 'berufliche laufbahn', 'laufbahn', 'erfahrung', 'arbeitserfahrung',
    'berufliche stationen', 'beschäftigungsverlauf', 'tätigkeiten', 'berufliche tätigkeiten',
    'praktische tätigkeiten', 'beruflicher hintergrund', 'berufstätigkeit',
  ],
  education: [
    'education', 'academic background', 'qualifications', 'academic qualifications', 'education and training',
    'studies', 'academic education', 'educational background', 'degrees', 'schooling',
    'opleiding', 'opleidingen', 'studies', 'onderwijs', 'scholing', 'opleiding en vorming', 'vorming',
    "diploma's", 'diplomas', 'studie', 'studieloopbaan', 'academische opleiding',
    'formation', 'formations', 'études', 'parcours académique', 'parcours scolaire', 'cursus', 'diplômes',
    'formation académique', 'scolarité', 'études et diplômes', 'formation initiale',
    'ausbildung', 'bildungsweg', 'studium', 'schulbildung', 'akademischer werdegang', 'bildung',
    'schulische ausbildung', 'hochschulbildung', 'akademische ausbildung', 'hochschulstudium',
    'schul- und berufsausbildung', 'berufsausbildung', 'schulausbildung', 'bildungsgang', 'promotion',
  ],
  skills: [
    'skills', 'competencies', 'competences', 'key skills', 'core competencies', 'expertise', 'abilities',
    'technical skills', 'it skills', 'computer skills', 'tools', 'technologies', 'tech stack', 'strengths',
    'skill set', 'skillset', 'areas of expertise', 'soft skills', 'hard skills', 'knowledge',
    'vaardigheden', 'competenties', 'kennis', 'kennis en vaardigheden', 'technische vaardigheden',
    'computervaardigheden', 'it-kennis', 'ict-kennis', 'sterktes', 'troeven', 'technische kennis',
    'computerkennis', 'informaticakennis', 'vakkennis', 'sleutelcompetenties',
    'compétences', 'compétences techniques', 'savoir-faire', 'connaissances', 'aptitudes',
    'compétences informatiques', 'outils', 'informatique', 'connaissances informatiques', 'savoir-être',
    'kenntnisse', 'fähigkeiten', 'edv-kenntnisse', 'it-kenntnisse', 'kompetenzen', 'fachkenntnisse',
    'fachkompetenzen', 'qualifikationen', 'stärken', 'besondere kenntnisse', 'computerkenntnisse',
    'software-kenntnisse', 'technische kenntnisse', 'fähigkeiten und kenntnisse', 'sonstige kenntnisse',
  ],
  languages: [
    'languages', 'language skills', 'language', 'spoken languages', 'language proficiency',
    'talen', 'talenkennis', 'taalkennis', 'taalvaardigheden', 'taalvaardigheid',
    'langues', 'compétences linguistiques', 'langues parlées', 'connaissances linguistiques',
    'sprachen', 'sprachkenntnisse', 'fremdsprachen', 'fremdsprachenkenntnisse',
  ],
  certifications: [
    'certifications', 'certification', 'certificates', 'licenses', 'licences', 'licenses and certifications',
    'courses', 'trainings', 'training', 'professional development', 'continuing education', 'additional training',
    'certificaten', 'certificeringen', 'certificaties', 'attesten', 'cursussen', 'bijscholing', 'trainingen',
    'navorming', 'bijkomende opleidingen', 'bijkomende opleiding', 'permanente vorming',
    'certificats', 'formations complémentaires', 'formation continue', 'attestations',
    'zertifikate', 'zertifizierungen', 'weiterbildung', 'weiterbildungen', 'fortbildung', 'fortbildungen',
    'lehrgänge', 'kurse', 'seminare', 'fort- und weiterbildung', 'fort- und weiterbildungen',
  ],
  projects: [
    'projects', 'selected projects', 'key projects', 'personal projects', 'side projects', 'project experience',
    'projecten', 'projets', 'réalisations', 'projekte', 'projekterfahrung', 'ausgewählte projekte',
  ],
  personal: [
    'personal details', 'personal information', 'personal data', 'contact', 'contact details',
    'contact information', 'personal info', 'details', 'info', 'personalia',
    'persoonlijke gegevens', 'contactgegevens', 'gegevens', 'persoonsgegevens',
    'informations personnelles', 'état civil', 'coordonnées', 'renseignements personnels', 'données personnelles',
    'persönliche daten', 'angaben zur person', 'persönliche angaben', 'zur person', 'zu meiner person',
    'kontakt', 'kontaktdaten', 'persönliches', 'persönliche informationen',
  ],
  interests: [
    'interests', 'hobbies', 'hobbies and interests', 'interests and hobbies', 'leisure', 'activities',
    'extracurricular activities', 'passions', 'leisure activities',
    'interesses', "hobby's", 'vrije tijd', 'vrijetijdsbesteding', 'interessen',
    "centres d'intérêt", "centres d'intérêts", "centre d'intérêt", 'loisirs', 'intérêts', 'activités',
    'activités extra-professionnelles', 'hobbys', 'freizeit', 'freizeitaktivitäten', 'private interessen',
    'hobbys und interessen',
  ],
  references: ['references', 'referees', 'referenties', 'referentie', 'références', 'recommandations', 'referenzen', 'empfehlungen'],
  volunteering: [
    'volunteering', 'volunteer experience', 'volunteer work', 'voluntary work', 'community involvement',
    'vrijwilligerswerk', 'maatschappelijk engagement', 'engagement', 'engagementen', 'vrijwilligersactiviteiten',
    'bénévolat', 'engagement bénévole', 'expérience bénévole', 'expériences bénévoles', 'engagement associatif', 'expérience associative', 'activités bénévoles', 'vie associative',
    'ehrenamt', 'ehrenamtliche tätigkeit', 'freiwilligenarbeit', 'ehrenamtliches engagement', 'ehrenamtliche tätigkeiten', 'soziales engagement',
  ],
  publications: [
    'publications', 'selected publications', 'papers', 'talks', 'publications and talks',
    'publicaties', 'publikationen', 'veröffentlichungen',
  ],
};

/** Headings we recognise whose content has no kind of its own; their role shapes segmentation. */
export type HeadingRole = 'letter' | 'document' | 'misc';

export const OTHER_TERMS: Readonly<Record<HeadingRole, readonly string[]>> = {
  letter: [
    'cover letter', 'motivation letter', 'letter of motivation', 'motivation',
    'motivatiebrief', 'sollicitatiebrief', 'motivatie',
    'lettre de motivation', 'lettre de candidature',
    'anschreiben', 'motivationsschreiben', 'bewerbungsschreiben', 'motivation und ziele',
  ],
  document: [
    'curriculum vitae', 'cv', 'lebenslauf', 'tabellarischer lebenslauf', 'levensloop',
    'bewerbung', 'bewerbungsunterlagen', 'application', 'europass', 'europass curriculum vitae', 'europass cv',
  ],
  misc: [
    'awards', 'honors', 'honours', 'awards and honors', 'achievements', 'accomplishments', 'additional information',
    'miscellaneous', 'other', 'extra', 'memberships', 'affiliations', 'attachments', 'enclosures', 'annexes',
    'prijzen', 'onderscheidingen', 'prestaties', 'aanvullende informatie', 'overige', 'varia', 'andere',
    'lidmaatschappen', 'bijlagen',
    'distinctions', 'prix', 'divers', 'informations complémentaires', 'autres', 'adhésions', 'annexes',
    'auszeichnungen', 'sonstiges', 'weitere informationen', 'mitgliedschaften', 'anlagen', 'anlagenverzeichnis',
  ],
};

/**
 * Words that are headings only when they also look like one (bold, capitals, larger, own block):
 * on their own they are just as likely a label or a line of content.
 */
export const WEAK_TERMS: readonly string[] = [
  'about', 'career', 'tools', 'details', 'info', 'contact', 'kontakt', 'knowledge', 'kennis', 'gegevens',
  'parcours', 'promotion', 'engagement', 'activities', 'activités', 'training', 'motivation', 'motivatie',
  'informatique', 'bildung', 'studie', 'vorming', 'outils', 'other', 'extra', 'andere', 'autres', 'divers',
  'application', 'bewerbung', 'erfahrung', 'ervaring', 'expertise', 'strengths', 'language', 'papers', 'talks',
  'laufbahn', 'tätigkeiten', 'qualifications', 'qualifikationen', 'introduction', 'objective', 'objectif',
];

/**
 * Words that qualify a heading without changing its kind: "Relevant experience", "Technische
 * Kenntnisse", "Expériences professionnelles récentes". Removed from either end before lookup.
 */
export const MODIFIERS: readonly string[] = [
  'relevant', 'professional', 'technical', 'key', 'core', 'additional', 'other', 'main', 'selected', 'recent',
  'academic', 'personal', 'previous', 'further', 'my', 'it', 'ict',
  'relevante', 'technische', 'professionele', 'andere', 'overige', 'aanvullende', 'bijkomende', 'belangrijkste',
  'recente', 'mijn', 'eerdere',
  'professionnelle', 'professionnelles', 'professionnel', 'techniques', 'principales', 'autres',
  'complémentaires', 'récentes', 'mes', 'ma', 'mon', 'antérieures', 'associatif', 'associative', 'associatives',
  'berufliche', 'beruflicher', 'fachliche', 'technische', 'weitere', 'sonstige', 'besondere', 'persönliche',
  'meine', 'bisherige', 'ausgewählte', 'relevante', 'schulische', 'akademische', 'universitäre',
  '(cont.)', 'continued', 'vervolg', 'suite', 'fortsetzung',
];
