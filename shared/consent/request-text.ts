import { z } from 'zod';

export const RequestLanguage = z.enum(['nl', 'fr', 'en']);
export type RequestLanguage = z.infer<typeof RequestLanguage>;

export interface PrivacyInfo {
  controllerName: string;
  controllerAddress: string;
  contactEmail: string;
  retentionMonths: number;
}

export interface RequestTextInput {
  language: RequestLanguage;
  privacy: PrivacyInfo;
  /** How the consultant greets the candidate (first name or full name); a neutral greeting without it. */
  candidateName?: string | undefined;
  consultantName: string;
  /** Named clients when the consent is limited to them. */
  clientNames?: string[] | undefined;
}

type Texts = {
  subject: string;
  greeting: (name?: string) => string;
  body: (i: RequestTextInput) => string[];
  closing: string;
};

const list = (names: string[], and: string) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;

const TEXTS: Record<RequestLanguage, Texts> = {
  en: {
    subject: 'May we present your CV to our clients?',
    greeting: (n) => (n ? `Dear ${n},` : 'Dear candidate,'),
    body: ({ privacy: p, clientNames }) => [
      `${p.controllerName} (${p.controllerAddress}) would like to present your CV to ${clientNames?.length ? list(clientNames, 'and') : 'clients of ours'} for assignments and vacancies that match your profile. We only do this with your consent.`,
      'What we share: your CV as a company CV in our layout, limited to your experience, education, skills and languages. We never share your date of birth, national number, bank details or any sensitive information.',
      `How long: we keep your CV for ${p.retentionMonths} months after our last contact, unless you ask us to delete it sooner.`,
      `Your rights: you can see, correct or delete your data, restrict or object to its use, receive it in a portable format, and withdraw this consent at any time, without affecting what was done before. Write to ${p.contactEmail}. You may also lodge a complaint with the Belgian Data Protection Authority (Rue de la Presse 35, 1000 Brussels, www.dataprotectionauthority.be).`,
      'If you agree, simply reply "I agree" to this message.',
    ],
    closing: 'Kind regards,',
  },
  nl: {
    subject: 'Mogen we uw cv aan onze klanten voorstellen?',
    greeting: (n) => (n ? `Beste ${n},` : 'Beste kandidaat,'),
    body: ({ privacy: p, clientNames }) => [
      `${p.controllerName} (${p.controllerAddress}) wil uw cv graag voorstellen aan ${clientNames?.length ? list(clientNames, 'en') : 'onze klanten'} voor opdrachten en vacatures die bij uw profiel passen. Dat doen we alleen met uw toestemming.`,
      'Wat we delen: uw cv als bedrijfs-cv in onze opmaak, beperkt tot uw ervaring, opleiding, vaardigheden en talen. Uw geboortedatum, rijksregisternummer, bankgegevens of gevoelige informatie delen we nooit.',
      `Hoe lang: we bewaren uw cv tot ${p.retentionMonths} maanden na ons laatste contact, tenzij u vraagt het eerder te verwijderen.`,
      `Uw rechten: u kunt uw gegevens inzien, verbeteren of laten wissen, de verwerking laten beperken of er bezwaar tegen maken, ze in een overdraagbaar formaat ontvangen en deze toestemming op elk moment intrekken, zonder dat dit afbreuk doet aan wat eerder gebeurde. Schrijf naar ${p.contactEmail}. U kunt ook klacht indienen bij de Gegevensbeschermingsautoriteit (Drukpersstraat 35, 1000 Brussel, www.gegevensbeschermingsautoriteit.be).`,
      'Gaat u akkoord? Antwoord dan eenvoudig "Ik ga akkoord" op dit bericht.',
    ],
    closing: 'Met vriendelijke groeten,',
  },
  fr: {
    subject: 'Pouvons-nous présenter votre CV à nos clients ?',
    greeting: (n) => (n ? `Bonjour ${n},` : 'Madame, Monsieur,'),
    body: ({ privacy: p, clientNames }) => [
      `${p.controllerName} (${p.controllerAddress}) souhaite présenter votre CV à ${clientNames?.length ? list(clientNames, 'et') : 'nos clients'} pour des missions et des postes correspondant à votre profil. Nous ne le faisons qu'avec votre consentement.`,
      'Ce que nous partageons : votre CV sous forme de CV d\'entreprise à notre présentation, limité à votre expérience, votre formation, vos compétences et vos langues. Nous ne partageons jamais votre date de naissance, votre numéro de registre national, vos coordonnées bancaires ni aucune information sensible.',
      `Durée : nous conservons votre CV ${p.retentionMonths} mois après notre dernier contact, sauf si vous nous demandez de le supprimer plus tôt.`,
      `Vos droits : vous pouvez consulter, rectifier ou faire effacer vos données, en limiter le traitement ou vous y opposer, les recevoir dans un format portable et retirer ce consentement à tout moment, sans que cela n'affecte ce qui a été fait auparavant. Écrivez à ${p.contactEmail}. Vous pouvez aussi introduire une plainte auprès de l'Autorité de protection des données (Rue de la Presse 35, 1000 Bruxelles, www.autoriteprotectiondonnees.be).`,
      'Si vous êtes d\'accord, répondez simplement « J\'accepte » à ce message.',
    ],
    closing: 'Bien cordialement,',
  },
};

/** The consent request a consultant copies into their own mail client; the app never sends mail. */
export const consentRequestText = (input: RequestTextInput): { subject: string; body: string } => {
  const t = TEXTS[input.language];
  const body = [t.greeting(input.candidateName), '', ...t.body(input).flatMap((p) => [p, '']), t.closing, input.consultantName, input.privacy.controllerName].join('\n');
  return { subject: t.subject, body };
};
