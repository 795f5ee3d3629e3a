import type { Db } from '../vault/database';

export interface ClientRow {
  id: number;
  name: string;
  contact_person: string | null;
  country: string;
  transfer_safeguard: string | null;
  created_at: string;
}

/** Client names are matched without case, accents or surrounding spaces ("Proximus" = "proximus "). */
export const clientNameKey = (name: string): string =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();

const COLUMNS = 'id, name, contact_person, country, transfer_safeguard, created_at';

export const insertClient = (
  db: Db,
  c: { name: string; contactPerson?: string | undefined; country: string; transferSafeguard?: string | undefined; now: string },
): number =>
  Number(
    db
      .prepare(
        `INSERT INTO clients (name, name_key, contact_person, country, transfer_safeguard, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.name.trim(), clientNameKey(c.name), c.contactPerson ?? null, c.country.toUpperCase(), c.transferSafeguard ?? null, c.now, c.now)
      .lastInsertRowid,
  );

export const updateClient = (
  db: Db,
  id: number,
  c: { contactPerson?: string | undefined; country?: string | undefined; transferSafeguard?: string | undefined; now: string },
): void => {
  db.prepare(
    `UPDATE clients SET contact_person = coalesce(?, contact_person), country = coalesce(?, country),
       transfer_safeguard = coalesce(?, transfer_safeguard), updated_at = ? WHERE id = ?`,
  ).run(c.contactPerson ?? null, c.country?.toUpperCase() ?? null, c.transferSafeguard ?? null, c.now, id);
};

export const getClientRow = (db: Db, id: number): ClientRow | undefined =>
  db.prepare(`SELECT ${COLUMNS} FROM clients WHERE id = ?`).get(id) as ClientRow | undefined;

export const findClientByName = (db: Db, name: string): ClientRow | undefined =>
  db.prepare(`SELECT ${COLUMNS} FROM clients WHERE name_key = ?`).get(clientNameKey(name)) as ClientRow | undefined;

export const listClientRows = (db: Db): ClientRow[] =>
  db.prepare(`SELECT ${COLUMNS} FROM clients ORDER BY name COLLATE NOCASE`).all() as ClientRow[];
