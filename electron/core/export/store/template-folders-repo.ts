import type { Db } from '../../vault/database';

export interface TemplateFolderRow {
  id: number;
  path: string;
  added_by: string;
  added_at: string;
}

export const listTemplateFolders = (db: Db): TemplateFolderRow[] =>
  db.prepare(`SELECT * FROM template_folders ORDER BY id`).all() as TemplateFolderRow[];

export const insertTemplateFolder = (db: Db, path: string, by: string, at: string): void => {
  db.prepare(`INSERT INTO template_folders (path, added_by, added_at) VALUES (?, ?, ?) ON CONFLICT (path) DO NOTHING`).run(path, by, at);
};
