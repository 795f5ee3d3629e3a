import type { SectionKind } from '../cv/model';
import type { ExportLanguage } from './model';

/** Section headings as Belgian firms print them; a template may override any of them per language. */
export const DEFAULT_SECTION_HEADINGS: Readonly<Record<ExportLanguage, Readonly<Record<SectionKind, string>>>> = {
  nl: {
    profile: 'Profiel',
    experience: 'Werkervaring',
    education: 'Opleiding',
    skills: 'Vaardigheden',
    languages: 'Talen',
    certifications: 'Certificaten',
    projects: 'Projecten',
    personal: 'Persoonlijke gegevens',
    interests: 'Interesses',
    references: 'Referenties',
    volunteering: 'Vrijwilligerswerk',
    publications: 'Publicaties',
    other: 'Overige',
  },
  fr: {
    profile: 'Profil',
    experience: 'Expérience professionnelle',
    education: 'Formation',
    skills: 'Compétences',
    languages: 'Langues',
    certifications: 'Certifications',
    projects: 'Projets',
    personal: 'Informations personnelles',
    interests: 'Centres d’intérêt',
    references: 'Références',
    volunteering: 'Bénévolat',
    publications: 'Publications',
    other: 'Divers',
  },
  en: {
    profile: 'Profile',
    experience: 'Experience',
    education: 'Education',
    skills: 'Skills',
    languages: 'Languages',
    certifications: 'Certifications',
    projects: 'Projects',
    personal: 'Personal details',
    interests: 'Interests',
    references: 'References',
    volunteering: 'Volunteering',
    publications: 'Publications',
    other: 'Other',
  },
  de: {
    profile: 'Profil',
    experience: 'Berufserfahrung',
    education: 'Ausbildung',
    skills: 'Kenntnisse',
    languages: 'Sprachen',
    certifications: 'Zertifikate',
    projects: 'Projekte',
    personal: 'Persönliche Angaben',
    interests: 'Interessen',
    references: 'Referenzen',
    volunteering: 'Ehrenamt',
    publications: 'Publikationen',
    other: 'Sonstiges',
  },
};

/** "Confidential — prepared by {firm}" when a template does not word it itself. */
export const DEFAULT_CONFIDENTIAL_LINE: Readonly<Record<ExportLanguage, string>> = {
  nl: 'Vertrouwelijk — opgesteld door {firm.name}',
  fr: 'Confidentiel — préparé par {firm.name}',
  en: 'Confidential — prepared by {firm.name}',
  de: 'Vertraulich — erstellt von {firm.name}',
};
