import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DEFAULT_TEMPLATE_ID, isTemplateError, parseTemplate, type Template } from '../../../../shared/export/template';
import { CoreError } from '../../errors';
import type { Db } from '../../vault/database';
import { listTemplateFolders } from '../store/template-folders-repo';
import { assetPath, fontsDirOf, invalid, loadFont, loadLogo, type FontFile, type LogoFile } from './assets';
import { builtinTemplatesDir } from './dirs';

export type TemplateSource = 'builtin' | 'user';

export interface TemplateRef {
  readonly id: string;
  readonly dir: string;
  readonly source: TemplateSource;
}

/** A template ready to render with: validated JSON, font bytes, logo bytes. */
export interface LoadedTemplate extends TemplateRef {
  readonly template: Template;
  readonly fonts: { readonly regular: FontFile; readonly bold: FontFile; readonly italic: FontFile; readonly heading: FontFile };
  readonly logo?: LogoFile;
}

const MAX_JSON_BYTES = 256 * 1024;
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Folder name = template id: lower case, digits and dashes ("_…" folders hold shared assets). */
export const templateIdOf = (dir: string): string => basename(resolve(dir)).toLowerCase();

const builtinRefs = (): TemplateRef[] => {
  const root = builtinTemplatesDir();
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && ID.test(d.name) && existsSync(join(root, d.name, 'template.json')))
    .map((d) => ({ id: d.name, dir: join(root, d.name), source: 'builtin' as const }))
    .sort((a, b) => a.id.localeCompare(b.id));
};

/** Built-in templates first; a user folder whose id clashes with a built-in one is listed under its path's id but never shadows it. */
export const templateRefs = (db: Db | undefined): TemplateRef[] => {
  const refs = builtinRefs();
  for (const f of db ? listTemplateFolders(db) : []) {
    const id = templateIdOf(f.path);
    if (!refs.some((r) => r.id === id)) refs.push({ id, dir: f.path, source: 'user' });
  }
  return refs;
};

export const readTemplateJson = (ref: TemplateRef): Template => {
  const file = join(ref.dir, 'template.json');
  let raw: string;
  try {
    if (statSync(file).size > MAX_JSON_BYTES) throw invalid(ref.id, 'template.json is larger than 256 KB');
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof CoreError) throw e;
    throw new CoreError('TEMPLATE_NOT_FOUND', `Template "${ref.id}" has no template.json in its folder.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw invalid(ref.id, `template.json is not valid JSON (${e instanceof Error ? e.message : 'parse error'})`);
  }
  const parsed = parseTemplate(json);
  if (isTemplateError(parsed)) throw invalid(ref.id, parsed.error);
  return parsed;
};

/** Reads and checks everything a template needs; TEMPLATE_INVALID names the field or file at fault. */
export const loadTemplateAt = (ref: TemplateRef): LoadedTemplate => {
  const template = readTemplateJson(ref);
  const fontsDir = fontsDirOf(builtinTemplatesDir());
  const path = (field: string, rel: string) => {
    try {
      return assetPath(ref.dir, fontsDir, rel);
    } catch {
      throw invalid(ref.id, `${field}: points outside the template folder`);
    }
  };
  const body = template.fonts.body;
  const regular = loadFont(ref.id, 'fonts.body.regular', path('fonts.body.regular', body.regular));
  const bold = loadFont(ref.id, 'fonts.body.bold', path('fonts.body.bold', body.bold));
  const italic = loadFont(ref.id, 'fonts.body.italic', path('fonts.body.italic', body.italic));
  const heading = template.fonts.heading ? loadFont(ref.id, 'fonts.heading.file', path('fonts.heading.file', template.fonts.heading.file)) : bold;
  const logo = template.logo ? loadLogo(ref.id, path('logo.file', template.logo.file)) : undefined;
  return { ...ref, template, fonts: { regular, bold, italic, heading }, ...(logo ? { logo } : {}) };
};

/** The template with this id (the default when none is given), loaded and checked. */
export const loadTemplate = (db: Db | undefined, id: string | undefined): LoadedTemplate => {
  const wanted = (id ?? DEFAULT_TEMPLATE_ID).trim().toLowerCase();
  const ref = templateRefs(db).find((r) => r.id === wanted);
  if (!ref) throw new CoreError('TEMPLATE_NOT_FOUND', `There is no template "${wanted}". See the list of templates.`);
  return loadTemplateAt(ref);
};
