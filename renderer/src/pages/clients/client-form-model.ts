import { isInEea } from '../../../../shared/consent/eea';

export interface ClientDraft {
  readonly name: string;
  readonly country: string;
  readonly contactPerson: string;
  readonly transferSafeguard: string;
}

export const EMPTY_CLIENT: ClientDraft = { name: '', country: 'BE', contactPerson: '', transferSafeguard: '' };

export interface ClientDraftCheck {
  readonly nameMissing: boolean;
  readonly countryInvalid: boolean;
  /** Outside the EEA: the form asks for the transfer safeguard (the sharing gate blocks without it). */
  readonly outsideEea: boolean;
  readonly safeguardMissing: boolean;
  readonly ok: boolean;
}

export const normaliseCountry = (country: string): string => country.trim().toUpperCase();

export const checkClient = (d: ClientDraft): ClientDraftCheck => {
  const country = normaliseCountry(d.country);
  const countryInvalid = !/^[A-Z]{2}$/.test(country);
  const nameMissing = d.name.trim() === '';
  const outsideEea = !countryInvalid && !isInEea(country);
  return {
    nameMissing,
    countryInvalid,
    outsideEea,
    safeguardMissing: outsideEea && d.transferSafeguard.trim() === '',
    ok: !nameMissing && !countryInvalid,
  };
};

/** clients.add input: empty optional fields are left out rather than stored as ''. */
export const toAddInput = (d: ClientDraft) => {
  const contactPerson = d.contactPerson.trim();
  const transferSafeguard = d.transferSafeguard.trim();
  return {
    name: d.name.trim(),
    country: normaliseCountry(d.country),
    ...(contactPerson ? { contactPerson } : {}),
    ...(transferSafeguard ? { transferSafeguard } : {}),
  };
};

/** clients.update input: every editable field is sent, so clearing one is possible. */
export const toUpdateInput = (id: number, d: ClientDraft) => ({
  id,
  country: normaliseCountry(d.country),
  contactPerson: d.contactPerson.trim(),
  transferSafeguard: d.transferSafeguard.trim(),
});
