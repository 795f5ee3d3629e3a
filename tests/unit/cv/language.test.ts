import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/cv/language';

const SAMPLES = {
  nl: `Ik ben een gedreven projectleider met tien jaar ervaring in de bouwsector. Bij mijn huidige werkgever
    ben ik verantwoordelijk voor de opvolging van de werven en het beheer van een team van twaalf medewerkers.
    Werkervaring, opleiding, talenkennis: Nederlands moedertaal, Frans en Engels vlot.`,
  fr: `Je suis une gestionnaire de projet dynamique avec dix ans d'expérience dans le secteur de la construction.
    Chez mon employeur actuel, je suis responsable du suivi des chantiers et de la gestion d'une équipe.
    Expérience professionnelle, formation, langues : français langue maternelle, néerlandais courant.`,
  en: `I am a driven project manager with ten years of experience in the construction sector. At my current
    employer I am responsible for the follow-up of building sites and the management of a team of twelve.
    Work experience, education, languages: English native, French fluent.`,
  de: `Ich bin ein engagierter Projektleiter mit zehn Jahren Erfahrung in der Baubranche. Bei meinem aktuellen
    Arbeitgeber bin ich für die Betreuung der Baustellen und die Leitung eines Teams von zwölf Mitarbeitern
    verantwortlich. Berufserfahrung, Ausbildung, Sprachen: Deutsch Muttersprache, Englisch fließend.`,
} as const;

describe('detectLanguage', () => {
  it.each(Object.entries(SAMPLES))('recognises %s prose', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ['es', 'Soy un jefe de proyecto con diez años de experiencia laboral en el sector de la construcción y gestión de equipos en la empresa.'],
    ['it', 'Sono un responsabile di progetto con dieci anni di esperienza lavorativa nel settore delle costruzioni e nella gestione del personale.'],
    ['pt', 'Sou um gestor de projetos com dez anos de experiência profissional no setor da construção e na gestão de equipas na empresa.'],
  ])('calls %s text other', (_lang, text) => {
    expect(detectLanguage(text)).toBe('other');
  });

  it('reads short, telegraphic CV text', () => {
    expect(detectLanguage('Werkervaring\nOpleiding\nTalenkennis\nRijbewijs B')).toBe('nl');
    expect(detectLanguage('Berufserfahrung\nAusbildung\nSprachkenntnisse\nFührerschein Klasse B')).toBe('de');
    expect(detectLanguage('Expérience professionnelle\nFormation\nCompétences\nPermis B')).toBe('fr');
    expect(detectLanguage('Work experience\nEducation\nSkills\nDriving licence')).toBe('en');
  });

  it('says other when there is too little text', () => {
    expect(detectLanguage('')).toBe('other');
    expect(detectLanguage('Jan Peeters')).toBe('other');
    expect(detectLanguage('jan.peeters@example.com +32 477 12 34 56')).toBe('other');
  });

  it('goes by the majority in a mixed text, and says other when it is even', () => {
    const mostlyDutch = `${SAMPLES.nl} ${SAMPLES.nl} Skills: Java, Python, project management.`;
    expect(detectLanguage(mostlyDutch)).toBe('nl');
    expect(detectLanguage(`${SAMPLES.en} ${SAMPLES.de}`)).toBe('other');
  });

  it('ignores e-mail addresses and links', () => {
    const text = `${SAMPLES.fr} the.developer.of.the.year@english.com https://www.the-best-of-the-web.com/and/the/rest`;
    expect(detectLanguage(text)).toBe('fr');
  });
});
