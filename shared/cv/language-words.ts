/**
 * Function words and CV vocabulary per language, folded (no accents, lower case). Spanish,
 * Italian and Portuguese are listed too: not because we support them, but so that a CV in one of
 * them is recognised as such (→ 'other') instead of being claimed by French or Dutch, with which
 * they share "de", "la", "en".
 */
export type ScoredLanguage = 'nl' | 'fr' | 'en' | 'de' | 'es' | 'it' | 'pt';

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);

export const FUNCTION_WORDS: Readonly<Record<ScoredLanguage, readonly string[]>> = {
  en: words(`the and of to in for with on at by from as is are was were be been being have has had i my me
    we our you your a an this that these those which who whom will would can could it its or not also
    into over about through while during including within across per than such both each other more
    most very well based
    experience work skills education languages summary profile projects references interests hobbies
    employment history present current responsible team management development university degree
    knowledge strong using developed managed led worked designed built implemented improved created
    years year months native fluent proficient intermediate basic english dutch french german spanish
    driving licence license communication customer customers business company role support client
    clients software engineer manager analyst senior junior intern internship bachelor master`),
  nl: words(`de het een en van in op met voor te aan bij naar door om over uit als is zijn was waren ben
    heb heeft hebben had ik mijn mij me wij we onze ons je jij jouw u uw dit dat deze die wat wie
    niet ook maar of tot nog al werd worden wordt kan kunnen zal zou mee binnen onder tussen tijdens
    sinds vanaf waar waarbij hierbij zowel alsook onder andere enkele diverse verschillende eigen
    ervaring werkervaring beroepservaring loopbaan opleiding opleidingen vaardigheden competenties
    talen talenkennis kennis profiel samenvatting interesses referenties persoonlijke gegevens
    verantwoordelijk verantwoordelijke medewerker projecten beheer ontwikkeling klanten klant goede
    sterke moedertaal heden rijbewijs hogeschool universiteit middelbaar secundair onderwijs
    bedrijf jaar jaren maanden nederlands frans engels duits zeer goed vlot basiskennis
    ondersteuning opvolging instaan uitwerken behalen behaald diploma stage stagiair`),
  fr: words(`le la les de des du un une et en a au aux pour avec dans sur par chez est sont ete ai avons
    je j mon ma mes nous notre nos vous votre vos ce cette ces qui que qu ne pas plus ou mais
    comme ainsi depuis entre lors sous afin selon aupres leur leurs son sa ses tres bien l d n s
    experience experiences professionnelle professionnelles formation formations competences
    langues langue profil gestion developpement projet projets responsable equipe clients client
    connaissances permis maternelle courant notions parcours etudes diplome licence
    baccalaureat stage stagiaire entreprise societe annee annees mois francais anglais
    neerlandais allemand centres interet loisirs references informations personnelles
    aujourd'hui actuel mise oeuvre suivi charge realisation gestionnaire conseiller`),
  de: words(`der die das den dem des ein eine einer einem einen eines und in im mit fur von vom zu zum zur
    auf an am bei beim aus nach uber als ist sind war waren habe hat haben ich mein meine meinen
    meiner wir unser unsere sie ihr ihre nicht auch oder aber sowie bis seit durch ohne unter sehr
    gut gute guter fliessend verhandlungssicher grundkenntnisse muttersprache
    erfahrung berufserfahrung ausbildung kenntnisse sprachen studium tatigkeit tatigkeiten
    werdegang beruflicher verantwortlich entwicklung projekte kunden fuhrerschein geboren
    persoenliche personliche daten lebenslauf bewerbung anschreiben zeugnis abschluss
    schulbildung hochschule universitat gmbh mitarbeiter leitung betreuung unterstutzung
    deutsch englisch franzosisch niederlandisch heute jahre jahr monate stelle`),
  es: words(`el la los las de del y en con para por un una es son que su sus como al lo se no mas pero
    este esta estos desde hasta entre sobre tambien muy
    experiencia laboral formacion educacion academica idiomas habilidades trabajo anos actualidad
    conocimientos empresa responsable desarrollo gestion proyectos datos personales`),
  it: words(`il lo la i gli le di del della dei delle e ed in con per un una uno e sono che come al alla
    allo dal dalla nel nella non piu ma questo questa anche presso fino
    esperienza esperienze lavorative formazione istruzione lingue competenze lavoro anni oggi
    conoscenze azienda responsabile sviluppo gestione progetti dati personali`),
  pt: words(`o a os as de do da dos das e em no na nos nas com para por um uma e sao que seu sua como ao
    nao mais mas este esta tambem ate desde entre
    experiencia profissional formacao academica idiomas competencias trabalho anos atual
    conhecimentos empresa responsavel desenvolvimento gestao projetos dados pessoais`),
};

/**
 * Letter sequences that, inside a word, point to one language (checked on the unfolded lower-case
 * word, so accents count). Small weights: they break ties on short, telegraphic texts.
 */
export const CHARACTER_HINTS: ReadonlyArray<readonly [RegExp, ScoredLanguage]> = [
  [/ij/, 'nl'],
  [/(?:aa|uu)/, 'nl'],
  [/(?:heid|teit|atie|lijk|tie)s?$/, 'nl'],
  [/^(?:ge|be|ver|ont)\p{L}{3,}(?:d|t)$/u, 'nl'],
  [/ß/, 'de'],
  [/[äöü]/, 'de'],
  [/(?:ung|keit|heit|lich|schaft)(?:en)?$/, 'de'],
  [/(?:tz|pf|chs)/, 'de'],
  [/[éèêëçàùâîôûœ]/, 'fr'],
  [/(?:eur|eux|ité|ement|ique|aux)s?$/, 'fr'],
  [/^(?:l|d|j|qu|n|s)['’]/, 'fr'],
  [/(?:ness|ship|ly)$/, 'en'],
  [/^th|th$/, 'en'],
  [/ñ|ción$|idad$/, 'es'],
  [/zione$|ità$|gli/, 'it'],
  [/ção$|ções$|ã/, 'pt'],
];
