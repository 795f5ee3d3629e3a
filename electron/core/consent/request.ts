import { consentRequestText, type RequestLanguage } from '../../../shared/consent/request-text';
import { CoreError } from '../errors';
import { currentConsultant } from '../candidates/consultant';
import { requireCandidate } from '../candidates/require';
import { getClientRow } from '../repositories/clients';
import { loadSettings } from '../settings/settings';
import type { Db } from '../vault/database';

/** Fills the request from Settings; names what is still missing there so the consultant can fix it. */
export const requestText = (db: Db, candidateId: number, language: RequestLanguage, clientIds: number[] = []) => {
  const candidate = requireCandidate(db, candidateId);
  const settings = loadSettings(db);
  const clientNames = clientIds.map((id) => {
    const c = getClientRow(db, id);
    if (!c) throw new CoreError('CLIENT_NOT_FOUND', 'One of the chosen clients does not exist.');
    return c.name;
  });
  const p = settings.privacy;
  const missingSettings = (
    [
      ['controllerName', p.controllerName],
      ['controllerAddress', p.controllerAddress],
      ['contactEmail', p.contactEmail],
    ] as const
  )
    .filter(([, v]) => !v.trim())
    .map(([k]) => `privacy.${k}`);
  const text = consentRequestText({
    language,
    privacy: {
      controllerName: p.controllerName || '[firm name]',
      controllerAddress: p.controllerAddress || '[firm address]',
      contactEmail: p.contactEmail || '[privacy e-mail address]',
      retentionMonths: p.retentionMonths,
    },
    candidateName: candidate.name ?? undefined,
    consultantName: currentConsultant(db),
    clientNames,
  });
  return { ...text, missingSettings };
};
