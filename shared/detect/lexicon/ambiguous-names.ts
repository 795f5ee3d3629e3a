/**
 * Given names (and surnames) that are also ordinary words in NL, FR, EN or DE. Such a name part
 * is matched only when written capitalised and when its neighbours do not show the common
 * reading; next to another part of the candidate's name it always counts.
 */
export interface Ambiguity {
  /** A month name: not the person next to a number, another month or a range dash. */
  month?: boolean;
  /** At the start of a statement and followed by a lower-case word, read as the common word. */
  sentenceStart?: boolean;
  /** Words right after the part that show the common reading. */
  before?: readonly string[];
  /** Words right before the part that show the common reading. */
  after?: readonly string[];
}

const RELIGIOUS_NOUNS = [
  'values', 'faith', 'church', 'churches', 'school', 'schools', 'democrat', 'democrats', 'democratic', 'democracy', 'community',
  'youth', 'organisation', 'organization', 'charity', 'belief', 'beliefs', 'ethics', 'music', 'camp', 'union', 'fellowship',
  'ministry', 'education', 'movement', 'party', 'mission', 'background', 'upbringing', 'family', 'principles', 'morals',
  'heritage', 'tradition', 'worldview', 'faith-based', 'college', 'university', 'center', 'centre', 'group', 'association',
  'volunteer', 'volunteering', 'choir', 'worship', 'leader', 'prayer', 'life', 'love', 'name',
];

const MONTH: Ambiguity = { month: true };

export const AMBIGUOUS_NAMES: Readonly<Record<string, Ambiguity>> = {
  jan: MONTH, may: MONTH, april: MONTH, june: MONTH, august: MONTH, augustus: MONTH, juni: MONTH, mei: MONTH,
  avril: MONTH, mars: MONTH, julia: {}, juli: MONTH, mai: MONTH,
  christian: { before: RELIGIOUS_NOUNS, after: ['a', 'practising', 'practicing', 'devout', 'committed', 'born-again', 'convinced', 'as', 'fellow'] },
  christiaan: {}, christelle: {},
  will: { sentenceStart: true, before: ['be', 'have', 'not', 'never', 'also', 'help', 'make', 'take', 'work', 'power', 'to'] },
  mark: { sentenceStart: true, after: ['deutsche', 'trade', 'question', 'check', 'the', 'a'], before: ['up', 'down', 'as', 'the', 'of'] },
  an: { sentenceStart: true, before: ['of', 'de', 'du'] },
  job: { before: ['title', 'description', 'offer', 'interview', 'rotation', 'student', 'hopping', 'coach', 'coaching', 'fair', 'ad', 'board', 'search', 'hunting', 'seeker', 'profile', 'type', 'site', 'market', 'center', 'centre', 'portal', 'posting', 'requirements', 'responsibilities', 'role', 'omschrijving', 'inhoud', 'titel', 'functie', 'scheduling', 'scheduler', 'queue', 'runner', 'control'] },
  grace: { before: ['period', 'note'] }, hope: { sentenceStart: true }, faith: {}, joy: {}, rose: {}, lily: {}, ivy: {},
  iris: { before: ['scan', 'scanner', 'recognition', 'herkenning'] }, amber: {}, ruby: { before: ['on', 'gems', 'gem', 'developer', 'programming'] },
  pearl: {}, jade: {}, summer: { before: ['school', 'job', 'camp', 'internship', 'course'] }, dawn: {}, eve: {},
  frank: {}, bill: { before: ['of', 'gates'] }, rob: {}, pat: {}, sue: {}, guy: {}, dean: { before: ["'s", 'of'] }, drew: {},
  gene: { before: ['expression', 'therapy', 'editing', 'sequencing', 'test'] }, art: { before: ['director', 'history', 'school', 'direction', 'deco'] },
  max: {}, ray: { before: ['tracing', 'tracer'] }, chase: { sentenceStart: true }, hunter: {}, mason: {}, sky: {}, river: {},
  storm: {}, angel: { before: ['investor', 'investors', 'investment'] }, king: {}, prince: { before: ['2', 'ii'] }, major: { before: ['in', 'league'] },
  grant: { sentenceStart: true, before: ['writing', 'application', 'applications', 'proposal', 'proposals', 'funding', 'management'] },
  miles: {}, lane: {}, reed: {}, heath: {}, glen: {}, cliff: {}, dale: {}, forest: {}, victor: {}, constant: {}, felix: {},
  roos: {}, ben: { sentenceStart: true }, els: {}, lies: {}, toon: { sentenceStart: true }, staf: {}, bo: {}, mees: {}, noor: {},
  sterre: {}, fleur: {}, pierre: {}, claire: {}, marine: {}, ange: {}, blanche: {}, olive: {}, victoire: {}, france: {},
  ernst: {}, said: { sentenceStart: true }, amine: {}, wolf: {}, ward: { before: ['manager', 'nurse', 'round', 'rounds'] },
  trees: {}, rik: {}, lode: {}, tim: {}, sam: {}, bob: {}, nick: {}, daan: {}, stijn: {}, jo: {}, ina: {}, ida: {}, ada: {},
  elia: {}, bas: {}, kees: {}, gust: {}, fons: {}, tom: {}, ria: {},
};

/** Surnames that are ordinary words; only their standalone use is ambiguous. */
export const AMBIGUOUS_SURNAMES: ReadonlySet<string> = new Set([
  'bakker', 'visser', 'smit', 'koch', 'fischer', 'becker', 'wagner', 'klein', 'groot', 'lang', 'lange', 'braun', 'weiss',
  'schwarz', 'jung', 'fuchs', 'bauer', 'wolf', 'baker', 'smith', 'cook', 'brown', 'white', 'black', 'green', 'young', 'king',
  'wright', 'hill', 'wood', 'stone', 'moon', 'bird', 'fox', 'rose', 'bishop', 'church', 'pope', 'petit', 'blanc', 'fontaine',
  'marchand', 'boulanger', 'berger', 'meunier', 'mann', 'koning', 'bos', 'berg', 'meer', 'beek', 'brug', 'hoek', 'kerk',
  'molen', 'wit', 'jong', 'groen', 'vos', 'haas', 'bruin', 'kok', 'graaf', 'koster', 'boer', 'backer', 'klerk',
  'clercq', 'smet', 'bruyn', 'roy', 'leroy', 'roi', 'noir', 'lebrun', 'lenoir', 'leblanc', 'pape', 'muller',
  'schneider', 'weber', 'schafer', 'richter', 'zimmermann', 'kaiser', 'mercier', 'roux', 'baron', 'major', 'long',
  'short', 'little', 'hope', 'hall', 'west', 'north', 'south', 'east', 'may', 'day',
  'ward', 'mark', 'mars', 'gold', 'silver', 'sun', 'star', 'storm', 'winter', 'summer', 'frost', 'snow', 'field', 'park',
]);

/** Words right after a name that show it names a person ("Jan is a driven engineer"). */
export const NAME_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'had', 'will', 'would', 'can', 'brings', 'joined', 'loves', 'enjoys', 'holds', 'speaks', 'graduated',
  'obtained', 'worked', 'works', 'lives', 'also', 'heeft', 'werkt', 'woont', 'kan', 'zal', 'brengt', 'spreekt', 'behaalde',
  'studeerde', 'startte', 'begon', 'houdt', 'ook', 'est', 'a', 'etait', 'travaille', 'habite', 'peut', 'sera', 'apporte',
  'parle', 'aime', 'aussi', 'ist', 'hat', 'war', 'arbeitet', 'wohnt', 'kann', 'wird', 'bringt', 'spricht', 'liebt', 'auch',
]);
