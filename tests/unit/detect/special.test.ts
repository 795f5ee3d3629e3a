import { describe, expect, it } from 'vitest';
import { detectIn, specialOf } from './helpers';

type Kind = Parameters<typeof specialOf>[1];
type Case = readonly [string, string, Kind?];
const full = (cases: readonly Case[], fallback: Kind) => cases.map(([n, line, kind]) => [n, line, kind ?? fallback] as [string, string, Kind]);

const POSITIVE: Record<string, readonly Case[]> = {
  health: [
    ['nl', 'In 2020 ben ik een half jaar uitgevallen door een depressie.'],
    ['fr', "Je vis avec un diabète de type 1, bien contrôlé."],
    ['en', 'Took a career break in 2018 to recover from cancer treatment.'],
    ['de', 'Ich habe eine anerkannte Schwerbehinderung (GdB 50).'],
    ['nl item', 'Zwanger, uitgerekend in mei', 'personal'],
    ['en item', 'Wheelchair user', 'personal'],
    ['nl compound', 'Statuut arbeidshandicap sinds 2019.', 'personal'],
  ],
  religion: [
    ['nl', 'Als praktiserend katholiek ga ik elke zondag naar de mis.'],
    ['fr', 'Bénévole à la mosquée de mon quartier depuis 2015.', 'volunteering'],
    ['en', 'Active member of my local church and its youth ministry.', 'interests'],
    ['de', 'Ich bin gläubiger Christ und singe im Kirchenchor.'],
  ],
  'ethnic-origin': [
    ['nl', 'Ik ben een Belg met Turkse roots.'],
    ['fr', "Française d'origine algérienne."],
    ['en', 'As a woman of Congolese descent I mentor young engineers.'],
    ['de', 'Deutscher mit polnischer Herkunft.'],
    ['nl descent', 'Kleindochter van Marokkaanse gastarbeiders.'],
    ['de descent', 'Enkel türkischer Einwanderer aus Anatolien.'],
    ['fr racialised', 'Femme racisée, engagée pour l’inclusion.'],
  ],
  'political-opinion': [
    ['nl', 'Gemeenteraadslid voor Groen in Leuven (2018–2024).'],
    ['fr', 'Membre actif du PS, section de Charleroi.'],
    ['en', 'Campaign volunteer for the Labour Party in 2019.'],
    ['de', 'Mitglied der SPD und im Ortsverein aktiv.'],
    ['be party', 'Lid van Vooruit sinds 2020.'],
  ],
  'trade-union': [
    ['nl', 'Syndicaal afgevaardigde voor het ACV in mijn vorige job.'],
    ['fr', 'Affiliée à la FGTB depuis 2010.'],
    ['en', 'Shop steward for Unite at the Birmingham plant.'],
    ['de', 'Gewerkschaftsmitglied bei ver.di seit 2012.'],
    ['be liberal union', 'Lid van ACLVB.'],
  ],
  'sex-life': [
    ['nl', 'Vrijwilliger bij een holebivereniging in Gent.', 'volunteering'],
    ['fr', 'Je vis avec ma compagne depuis dix ans ; je suis lesbienne.'],
    ['en', 'Co-founder of the LGBTQ+ employee network at my employer.'],
    ['de', 'Ich bin schwul und lebe in Köln.'],
  ],
  criminal: [
    ['nl', 'Veroordeeld in 2016 voor diefstal; straf volledig uitgezeten.'],
    ['fr', "J'ai un casier judiciaire pour des faits de 2012."],
    ['en', 'I have a criminal record for a driving offence.'],
    ['de', 'Ich bin vorbestraft wegen Betrugs (2014).'],
  ],
  'genetic-biometric': [
    ['nl', 'Ik ben drager van een erfelijke aandoening.'],
    ['fr', "J'ai une prédisposition génétique au cancer du sein (BRCA1)."],
    ['en', 'My genetic test showed a predisposition to heart disease.'],
    ['de', 'Bei mir wurde eine genetische Veranlagung festgestellt.'],
  ],
};

describe('special categories: statements in NL, FR, EN, DE', () => {
  for (const [category, cases] of Object.entries(POSITIVE))
    it.each(full(cases, 'profile'))(`${category} (%s)`, (_l, line, kind) => expect(specialOf(line, kind)).toContain(category));

  it('redacts the whole statement, also when the layout wrapped it over lines', () => {
    const ds = detectIn(['Na een zware burn-out in 2021 werk ik sinds', 'januari 2022 opnieuw voltijds.', 'Java, Kotlin, Spring.'], 'profile').filter((d) => d.kind === 'special');
    expect(ds.map((d) => d.text)).toEqual(['Na een zware burn-out in 2021 werk ik sinds', 'januari 2022 opnieuw voltijds.']);
  });
});

const HARD: readonly Case[] = [
  ['Java', 'Java, Spring Boot, Kotlin', 'skills'],
  ['health-care IT', 'Built a health-care IT platform for diabetes patients'],
  ['burn-out app', 'Developed a burn-out prevention app for HR teams'],
  ['hospital employer', 'Nurse at UZ Gent hospital, cardiology ward'],
  ['hospital employer fr', 'Infirmière au CHU de Liège, service des urgences'],
  ['political science', 'Master in de Politieke Wetenschappen, UGent', 'education'],
  ['sciences po', 'Master Sciences Po Paris', 'education'],
  ['political science de', 'Bachelor Politikwissenschaft, Universität Bonn', 'education'],
  ['politics label look-alike', 'Politik- und Kommunikationswissenschaft (B.A.)', 'education'],
  ['union of sets', 'Implemented the union of sets and intersections in SQL'],
  ['EU', 'Consultant for the European Union institutions'],
  ['catholic university', 'Katholieke Universiteit Leuven, Master Informatica', 'education'],
  ['UCLouvain', 'Université catholique de Louvain — Ingénieur civil', 'education'],
  ['catholic school de', 'Abitur, Katholische Schule St. Marien', 'education'],
  ['nationality in languages', 'Turks – moedertaal', 'languages'],
  ['berber language', 'Berbers (Tamazight) – moedertaal, Arabisch – goed', 'languages'],
  ['pride in work', 'I take pride in delivering clean code'],
  ['pride product', 'Migrated the PRIDE proteomics database to the cloud'],
  ['six sigma', 'Lean Six Sigma Black Belt', 'certifications'],
  ['fraud detection', 'Built fraud detection models for a bank'],
  ['prison officer', 'Prison officer at the federal prison service'],
  ['policy', 'Wrote the company IT security policy and party-agnostic guidelines'],
  ['CSC as employer', 'Consultant at CSC (Computer Sciences Corporation)'],
  ['third party', 'Managed third-party vendors and contract parties'],
  ['golf handicap', 'Golf (handicap 18), koken, lezen', 'interests'],
  ['blind typing', 'Blind typen, MS Office, Excel', 'skills'],
  ['disaster recovery', 'Designed disaster recovery for a hospital network'],
  ['race condition', 'Fixed race conditions in the payment service'],
  ['background', 'My background in finance helps me understand clients'],
  ['ms office', 'MS Office, MS Project, Jira', 'skills'],
  ['gdb', 'Debugging with gdb, valgrind and perf', 'skills'],
];

describe('special categories: look-alikes that must survive', () => {
  it.each(full(HARD, 'experience'))('%s', (_n, line, kind) => expect(specialOf(line, kind)).toEqual([]));

  it('does not take the first name Christian for religion', () => {
    const ds = detectIn(['Christian is a practical engineer who likes clean code.'], 'profile', 'Christian Martin');
    expect(ds.filter((d) => d.kind === 'special')).toEqual([]);
    expect(ds.filter((d) => d.type === 'name').map((d) => d.text)).toEqual(['Christian']);
  });
});
