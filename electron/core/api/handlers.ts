import type { CallName, OutputOf } from '../../../shared/contract';
import type { z } from 'zod';
import type { Contract } from '../../../shared/contract';
import { structureCv } from '../../../shared/cv/structure';
import { importCv } from '../candidates/import';
import { requireCandidate } from '../candidates/require';
import { getCandidateDetail, getExtractedText, listCandidates } from '../candidates/queries';
import { rectifyCv } from '../candidates/rectify';
import { splitVersion } from '../candidates/split';
import { addClient, editClient, listClients } from '../consent/clients';
import { canShare } from '../consent/gate';
import { noticesDue, recordNotice } from '../consent/notices';
import { consentOverview } from '../consent/overview';
import { recordConsent, withdrawConsent } from '../consent/record';
import { requestText } from '../consent/request';
import { loadSettings, updateSettings } from '../settings/settings';
import { createExport, previewExport } from '../export/export-cv';
import { listShares } from '../export/store/shares-repo';
import { addTemplateFolder, listTemplates } from '../export/templates/summaries';
import { addTerm, decide, decideAll, markReviewed, removeTerm, reviewReport } from '../review/decide';
import { reviewSource } from '../review/export-source';
import { getReviewPlan } from '../review/plan';
import { runAutoErase } from '../retention/auto-erase';
import { rightsHandlers } from '../rights/handlers';
import type { Session } from './session';

type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;

export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>) => OutputOf<N> | Promise<OutputOf<N>>;
};

/** One core function per contract call. Adding a call means one entry here and one in shared/contract. */
export const createHandlers = (session: Session): Handlers => ({
  'vault.status': () => session.status(),
  'vault.create': ({ passphrase }) => session.create(passphrase),
  'vault.unlock': async ({ passphrase }) => {
    const wasLocked = session.status().state !== 'unlocked';
    await session.unlock(passphrase);
    // "On start": the firm's retention policy runs once per unlock, before anything else is shown.
    if (wasLocked) runAutoErase(session.requireVault().db);
    return session.status();
  },
  'vault.lock': () => session.lock('user'),
  'vault.changePassphrase': ({ current, next }) => session.changePassphrase(current, next),

  'candidates.import': ({ fileName, data, source }) => {
    session.requireVault();
    return importCv(
      { db: () => session.requireVault().db, extract: (bytes) => session.pool().extract(bytes), structure: structureCv },
      { fileName, bytes: Buffer.from(data, 'base64'), source },
    );
  },
  'candidates.cancelImports': () => ({ cancelled: session.pool().cancel() }),
  'candidates.list': (input) => listCandidates(session.requireVault().db, input),
  'candidates.get': ({ id, version }) => getCandidateDetail(session.requireVault().db, id, version),
  'candidates.extractedText': ({ id, version }) => getExtractedText(session.requireVault().db, id, version),
  'candidates.splitVersion': ({ id, version }) => splitVersion(session.requireVault().db, id, version),
  'candidates.rectify': ({ id, basedOn, cv }) => rectifyCv(session.requireVault().db, id, basedOn, cv),

  'consent.get': ({ candidateId }) => consentOverview(session.requireVault().db, candidateId),
  'consent.record': ({ candidateId, evidence, ...change }) => {
    const db = session.requireVault().db;
    recordConsent(db, candidateId, {
      ...change,
      ...(evidence ? { evidence: { fileName: evidence.fileName, bytes: Buffer.from(evidence.data, 'base64') } } : {}),
    });
    return consentOverview(db, candidateId);
  },
  'consent.withdraw': ({ candidateId, ...w }) => {
    const db = session.requireVault().db;
    withdrawConsent(db, candidateId, w);
    return consentOverview(db, candidateId);
  },
  'consent.requestText': ({ candidateId, language, clientIds }) => requestText(session.requireVault().db, candidateId, language, clientIds),
  'notice.record': ({ candidateId, ...n }) => recordNotice(session.requireVault().db, candidateId, n),
  'notice.due': () => noticesDue(session.requireVault().db),
  'clients.list': () => listClients(session.requireVault().db),
  'clients.add': (c) => addClient(session.requireVault().db, c),
  'clients.update': ({ id, ...c }) => editClient(session.requireVault().db, id, c),
  'sharing.check': ({ candidateId, clientId }) => canShare(session.requireVault().db, candidateId, clientId),
  'settings.get': () => loadSettings(session.requireVault().db),
  'settings.update': (patch) => updateSettings(session.requireVault().db, patch, new Date().toISOString()),
  'templates.list': () => listTemplates(session.requireVault().db),
  'templates.addFolder': ({ path }) => addTemplateFolder(session.requireVault().db, path),
  'export.preview': ({ template, ...req }) => previewExport({ db: session.requireVault().db, review: reviewSource }, { ...req, templateId: template }),
  'export.create': ({ template, ...req }) => createExport({ db: session.requireVault().db, review: reviewSource }, { ...req, templateId: template }),
  'shares.list': ({ candidateId }) => {
    const db = session.requireVault().db;
    if (candidateId !== undefined) requireCandidate(db, candidateId);
    return listShares(db, candidateId);
  },
  'review.get': ({ candidateId }) => getReviewPlan(session.requireVault().db, candidateId),
  'review.decide': ({ candidateId, ids, decision }) => decide(session.requireVault().db, candidateId, ids, decision),
  'review.decideAll': ({ candidateId, decision, kind, type }) =>
    decideAll(session.requireVault().db, candidateId, decision, { ...(kind ? { kind } : {}), ...(type ? { type } : {}) }),
  'review.add': ({ candidateId, ...term }) => addTerm(session.requireVault().db, candidateId, term),
  'review.removeTerm': ({ candidateId, termId }) => removeTerm(session.requireVault().db, candidateId, termId),
  'review.markReviewed': ({ candidateId }) => markReviewed(session.requireVault().db, candidateId),
  'review.report': ({ candidateId }) => reviewReport(session.requireVault().db, candidateId),
  ...rightsHandlers(session),
});
