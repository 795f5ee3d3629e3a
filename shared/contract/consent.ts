import { z } from 'zod';
import { CandidateId } from '../candidates/candidate';
import { IsoDate } from '../candidates/source';
import { GateDecision } from '../consent/gate';
import { NoticeState } from '../consent/notice';
import { ConsentOverview } from '../consent/overview';
import { RequestLanguage } from '../consent/request-text';
import { Basis, EventStatus, Method, Purpose } from '../consent/types';
import { Settings, SettingsPatch } from '../settings';
import { call } from './define';

export const Client = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  contactPerson: z.string().optional(),
  country: z.string(),
  transferSafeguard: z.string().optional(),
  outsideEea: z.boolean(),
});
export type Client = z.infer<typeof Client>;

const Country = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'expected a two-letter country code such as BE');
const Evidence = z.object({ fileName: z.string().min(1).max(260), data: z.string().min(1).max(14_000_000) }).strict();

export const consentCalls = {
  'consent.get': call({
    summary: 'Current status per purpose (derived from the log), the full history, the art. 14 notice and marketing state.',
    input: z.object({ candidateId: CandidateId }).strict(),
    output: ConsentOverview,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
  'consent.record': call({
    summary: 'Append a consent event for one purpose: basis, status, method, evidence, scope, expiry.',
    input: z
      .object({
        candidateId: CandidateId,
        purpose: Purpose,
        basis: Basis,
        status: EventStatus.exclude(['not-asked']),
        method: Method.exclude(['import-default']).optional(),
        note: z.string().max(2000).optional(),
        clientIds: z.array(z.number().int().positive()).max(100).optional(),
        expiresOn: IsoDate.optional(),
        evidence: Evidence.optional(),
      })
      .strict(),
    output: ConsentOverview,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'CLIENT_NOT_FOUND', 'INVALID_INPUT'],
    maxInputBytes: 15_000_000,
  }),
  'consent.withdraw': call({
    summary: 'Withdraw consent for a purpose in one action (keeps the basis and scope, records the withdrawal).',
    input: z
      .object({ candidateId: CandidateId, purpose: Purpose, method: Method.exclude(['import-default']).optional(), note: z.string().max(2000).optional() })
      .strict(),
    output: ConsentOverview,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND'],
  }),
  'consent.requestText': call({
    summary: 'The consent request message to copy into a mail (NL, FR, EN), filled from Settings.',
    input: z
      .object({ candidateId: CandidateId, language: RequestLanguage, clientIds: z.array(z.number().int().positive()).max(100).optional() })
      .strict(),
    output: z.object({ subject: z.string(), body: z.string(), missingSettings: z.array(z.string()) }),
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'CLIENT_NOT_FOUND'],
  }),
  'notice.record': call({
    summary: 'Record when the candidate was informed (art. 14) and/or first contacted.',
    input: z
      .object({ candidateId: CandidateId, informedOn: IsoDate.optional(), firstContactOn: IsoDate.optional(), method: z.string().max(100).optional() })
      .strict(),
    output: NoticeState,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'INVALID_INPUT'],
  }),
  'notice.due': call({
    summary: 'Candidates who still have to be informed under art. 14, soonest deadline first.',
    input: z.object({}).strict(),
    output: z.array(z.object({ candidateId: CandidateId, ref: z.string(), name: z.string().optional(), notice: NoticeState })),
    errors: ['VAULT_LOCKED'],
  }),
  'clients.list': call({
    summary: 'The companies candidates are presented to.',
    input: z.object({}).strict(),
    output: z.array(Client),
    errors: ['VAULT_LOCKED'],
  }),
  'clients.add': call({
    summary: 'Add a client; outside the EEA it asks for the transfer safeguard.',
    input: z
      .object({
        name: z.string().trim().min(1).max(200),
        country: Country,
        contactPerson: z.string().trim().max(200).optional(),
        transferSafeguard: z.string().trim().max(500).optional(),
      })
      .strict(),
    output: Client,
    errors: ['VAULT_LOCKED', 'CLIENT_EXISTS'],
  }),
  'clients.update': call({
    summary: 'Change a client\'s contact person, country or transfer safeguard.',
    input: z
      .object({
        id: z.number().int().positive(),
        country: Country.optional(),
        contactPerson: z.string().trim().max(200).optional(),
        transferSafeguard: z.string().trim().max(500).optional(),
      })
      .strict(),
    output: Client,
    errors: ['VAULT_LOCKED', 'CLIENT_NOT_FOUND'],
  }),
  'sharing.check': call({
    summary: 'May this CV go to this client? Allowed, or every reason why not.',
    input: z.object({ candidateId: CandidateId, clientId: z.number().int().positive().optional() }).strict(),
    output: GateDecision,
    errors: ['VAULT_LOCKED', 'CANDIDATE_NOT_FOUND', 'CLIENT_NOT_FOUND'],
  }),
  'settings.get': call({
    summary: 'Firm and consultant settings (privacy information, consultant contact details).',
    input: z.object({}).strict(),
    output: Settings,
    errors: ['VAULT_LOCKED'],
  }),
  'settings.update': call({
    summary: 'Change settings; only the fields given change.',
    input: SettingsPatch,
    output: Settings,
    errors: ['VAULT_LOCKED'],
  }),
} as const;
