import { isInEea } from '../../../shared/consent/eea';
import type { Client } from '../../../shared/contract/consent';
import { CoreError } from '../errors';
import { findClientByName, getClientRow, insertClient, listClientRows, updateClient, type ClientRow } from '../repositories/clients';
import type { Db } from '../vault/database';

const toClient = (r: ClientRow): Client => ({
  id: r.id,
  name: r.name,
  ...(r.contact_person ? { contactPerson: r.contact_person } : {}),
  country: r.country,
  ...(r.transfer_safeguard ? { transferSafeguard: r.transfer_safeguard } : {}),
  outsideEea: !isInEea(r.country),
});

export const listClients = (db: Db): Client[] => listClientRows(db).map(toClient);

export const addClient = (
  db: Db,
  c: { name: string; country: string; contactPerson?: string | undefined; transferSafeguard?: string | undefined },
  now: Date = new Date(),
): Client =>
  db.transaction(() => {
    if (findClientByName(db, c.name)) throw new CoreError('CLIENT_EXISTS', `A client named "${c.name.trim()}" already exists.`);
    const id = insertClient(db, { ...c, now: now.toISOString() });
    return toClient(getClientRow(db, id) as ClientRow);
  })();

export const editClient = (
  db: Db,
  id: number,
  c: { country?: string | undefined; contactPerson?: string | undefined; transferSafeguard?: string | undefined },
  now: Date = new Date(),
): Client => {
  if (!getClientRow(db, id)) throw new CoreError('CLIENT_NOT_FOUND', 'There is no such client.');
  updateClient(db, id, { ...c, now: now.toISOString() });
  return toClient(getClientRow(db, id) as ClientRow);
};

export const requireClientByName = (db: Db, name: string): Client => {
  const row = findClientByName(db, name);
  if (!row) throw new CoreError('CLIENT_NOT_FOUND', `There is no client named "${name.trim()}". Add it first.`);
  return toClient(row);
};
