import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TemplateSummary } from '../../../../shared/contract/export';
import { DEFAULT_TEMPLATE_ID } from '../../../../shared/export/template';
import { currentConsultant } from '../../candidates/consultant';
import { CoreError, isCoreError } from '../../errors';
import type { Db } from '../../vault/database';
import { insertTemplateFolder } from '../store/template-folders-repo';
import { loadTemplateAt, templateIdOf, templateRefs, type TemplateRef } from './registry';

const summaryOf = (ref: TemplateRef): TemplateSummary => {
  const base = { id: ref.id, source: ref.source, isDefault: ref.id === DEFAULT_TEMPLATE_ID };
  try {
    const t = loadTemplateAt(ref).template;
    return { ...base, name: t.name, ...(t.description ? { description: t.description } : {}), firmName: t.firm.name, layout: t.layout.kind, valid: true };
  } catch (e) {
    return { ...base, name: ref.id, valid: false, error: isCoreError(e) ? e.message : 'This template could not be read.' };
  }
};

/** Every template with whether it can be used; an invalid one is listed with the reason, not hidden. */
export const listTemplates = (db: Db): TemplateSummary[] => templateRefs(db).map(summaryOf);

/** Registers a firm's own template folder after checking it loads; an id taken by a built-in template is refused. */
export const addTemplateFolder = (db: Db, path: string, now: Date = new Date()): TemplateSummary => {
  const dir = resolve(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CoreError('TEMPLATE_NOT_FOUND', 'That folder does not exist.');
  const id = templateIdOf(dir);
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(id)) throw new CoreError('INVALID_INPUT', 'Name the template folder with letters, digits and dashes only (it becomes the template id).');
  if (templateRefs(db).some((r) => r.id === id && resolve(r.dir) !== dir)) throw new CoreError('INVALID_INPUT', `A template called "${id}" already exists: rename the folder.`);
  const ref: TemplateRef = { id, dir, source: 'user' };
  loadTemplateAt(ref);
  insertTemplateFolder(db, dir, currentConsultant(db), now.toISOString());
  return summaryOf(ref);
};
