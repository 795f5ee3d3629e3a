import { fold, foldedWords } from './fold';

/**
 * Word lists that tell a job title from an organisation from a degree, in EN/NL/FR/DE. They only
 * decide which part of an entry's head is which; when none applies, fields stay unset.
 */
const set = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter((w) => w).map(fold));

const ROLE_WORDS = set(`
  engineer developer programmer architect manager director head lead leader consultant analyst specialist
  officer assistant associate intern trainee apprentice administrator coordinator designer scientist
  researcher advisor adviser accountant auditor controller technician operator representative executive
  president founder co-founder owner partner supervisor teacher lecturer professor tutor nurse physician
  doctor pharmacist lawyer attorney clerk secretary receptionist cashier salesperson sales agent
  recruiter buyer planner editor writer journalist translator interpreter instructor trainer coach
  chef cook waiter driver mechanic electrician volunteer student freelance freelancer contractor
  cto ceo cfo coo cio vp devops sre tester qa scrum owner marketeer marketer expert
  ontwikkelaar programmeur medewerker verantwoordelijke beheerder adviseur bediende stagiair leerkracht
  docent verpleegkundige boekhouder projectleider teamleider diensthoofd afdelingshoofd zaakvoerder
  directeur onderzoeker begeleider ondersteuner verkoper vertegenwoordiger coördinator coordinator
  ingenieur analist hoofd zelfstandige jobstudent vrijwilliger kok chauffeur technieker
  développeur développeuse ingénieur responsable chef chargé chargée gestionnaire conseiller conseillère
  employé employée stagiaire enseignant enseignante professeur infirmier infirmière comptable directrice
  assistante vendeur vendeuse commercial technicien technicienne chercheur chercheuse animateur bénévole
  entwickler entwicklerin softwareentwickler berater beraterin leiter leiterin mitarbeiter mitarbeiterin
  sachbearbeiter sachbearbeiterin praktikant praktikantin werkstudent werkstudentin ingenieurin
  geschäftsführer geschäftsführerin projektleiter projektleiterin referent referentin lehrer lehrerin
  kaufmann kauffrau assistenz architektin analystin verkäufer verkäuferin pfleger pflegerin
  zivildienst aushilfe trainee
`);

const ROLE_SUFFIXES = [
  'engineer', 'developer', 'manager', 'ontwikkelaar', 'medewerker', 'leider', 'beheerder', 'entwickler', 'berater',
  'leiter', 'führer', 'mitarbeiter', 'ingenieur', 'adviseur', 'consultant', 'analyst', 'architect', 'specialist',
].map(fold);

const ORG_WORDS = set(`
  university universiteit université universität universitat hogeschool hochschule fachhochschule haute école
  school college academy academie académie akademie institute instituut institut lyceum lycée gymnasium
  athenaeum atheneum athénée college collège kollegium campus faculty faculteit faculté fakultät
  company corporation group groep groupe gruppe bank banque holding agency agentschap agence agentur
  hospital ziekenhuis hôpital krankenhaus klinik clinic ministry ministerie ministère ministerium
  gemeente stad city council commune gemeinde stadt province provincie région region
  foundation stichting fondation stiftung association vereniging verein vzw asbl npo ngo
  consulting consultancy solutions services systems technologies software labs studio partners
  inc inc. ltd ltd. llc llp plc corp corp. co. gmbh ag kg se nv bv bvba srl sprl sa sas sarl cv cvba vof ug
`);

const DEGREE_WORDS = set(`
  bachelor bachelors master masters msc bsc ba ma mba phd ph.d doctorate doctor doctoraat doctorat doktor
  promotion diploma diplom diplôme degree graduate graduaat postgraduaat postgraduate licence licentiaat
  licencié licenciée licence bachelier baccalauréat bac maîtrise mastère ingénieur abitur matura
  fachabitur mittlere reife realschulabschluss hauptschulabschluss staatsexamen magister ausbildung
  aso tso bso kso secundair middelbaar hbo mbo vwo havo certificate certificaat certificat zertifikat
  associate hnd gcse a-levels highschool high dipl. dipl b.sc. m.sc. b.a. m.a. ir. ing. dr.
`);

const words = (text: string): string[] => foldedWords(text).map((w) => w.replace(/\.$/, ''));

const hitCount = (text: string, vocabulary: ReadonlySet<string>): number =>
  words(text).filter((w) => vocabulary.has(w) || vocabulary.has(`${w}.`)).length;

/**
 * Masculine forms a feminine job title derives from: French consultante → consultant,
 * vendeuse → vendeur, directrice → directeur, infirmière → infirmier, technicienne → technicien;
 * German Beraterin → Berater. The word lists then only need one form.
 */
const baseForms = (w: string): string[] => [
  w,
  w.replace(/euse$/, 'eur'),
  w.replace(/rice$/, 'eur'),
  w.replace(/iere$/, 'ier'),
  w.replace(/enne$/, 'en'),
  w.replace(/e$/, ''),
  w.replace(/in$/, ''),
];

// "IT-analist", "Junior-Entwickler": the last part of a hyphenated word carries the role.
const isRoleWord = (word: string): boolean =>
  [word, word.split('-').pop() ?? word].flatMap(baseForms).some((b) => ROLE_WORDS.has(b) || (b.length > 8 && ROLE_SUFFIXES.some((s) => b.endsWith(s))),
  );

export const looksLikeRole = (text: string): boolean => words(text).some(isRoleWord);

/** "Software Developer": the last word names a role, so the line is a title even if it mentions software. */
export const endsWithRole = (text: string): boolean => {
  const last = words(text).pop();
  return last !== undefined && isRoleWord(last);
};

export const looksLikeOrganisation = (text: string): boolean =>
  hitCount(text, ORG_WORDS) > 0 || /\b(?:GmbH|AG|NV|BV|SA|SRL|BVBA|Ltd|Inc|LLC|PLC|S\.A\.|N\.V\.|B\.V\.)\b\.?/.test(text);

export const looksLikeDegree = (text: string): boolean =>
  hitCount(text, DEGREE_WORDS) > 0 || /\b(?:B|M)\.?\s?(?:Sc|A|Eng|Ed)\b\.?/.test(text);

const COUNTRIES = set(`
  belgium belgië belgie belgique belgien nederland netherlands pays-bas niederlande france frankrijk frankreich
  germany deutschland duitsland allemagne luxembourg luxemburg uk usa us united kingdom states switzerland
  schweiz suisse zwitserland österreich austria spain spanje espagne spanien italy italië italie italien
  remote hybrid thuiswerk télétravail
`);

/** A country (or "remote"), in any of the four languages. */
export const namesCountry = (text: string): boolean => words(text).some((w) => COUNTRIES.has(w));

/**
 * A place name as CVs add it after an organisation: one to four capitalised words ("Gent",
 * "San Francisco, CA", "Frankfurt am Main", "Brussels, Belgium"), no legal form, no role words.
 */
export const looksLikeLocation = (text: string): boolean => {
  const t = text.trim().replace(/^\(|\)$/g, '');
  if (t.length === 0 || t.length > 40 || /\d/.test(t)) return false;
  if (looksLikeOrganisation(t) || looksLikeRole(t) || looksLikeDegree(t)) return false;
  const parts = t.split(/\s*,\s*/);
  if (parts.length > 2) return false;
  if (parts.length === 2 && !/^(?:[A-Z]{2}|\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+)*)$/u.test(parts[1] ?? '')) return false;
  if (words(t).some((w) => COUNTRIES.has(w))) return true;
  const ws = (parts[0] ?? '').split(/[\s-]+/);
  const particles = /^(?:am|an|im|sur|en|aan|de|la|le|les|du|des|bei|ob|upon|on)$/;
  // French elision inside place names: "Braine-l'Alleud", "Villeneuve-d'Ascq".
  return ws.length <= 4 && ws.every((w) => /^(?:[ldLD]['’])?\p{Lu}[\p{Ll}'’.]+$/u.test(w) || particles.test(w));
};
