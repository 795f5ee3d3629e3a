import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../electron/core/export/templates/registry';
import { LATIN_EXTENDED_SAMPLE } from '../../../electron/core/export/templates/assets';
import { isTemplateError, parseTemplate } from '../../../shared/export/template';

const root = join(__dirname, '../../../templates');
const shipped = readdirSync(root).filter((d) => !d.startsWith('_'));
const classic = () => JSON.parse(readFileSync(join(root, 'classic', 'template.json'), 'utf8')) as Record<string, unknown>;
const errorOf = (json: unknown) => {
  const r = parseTemplate(json);
  return isTemplateError(r) ? r.error : 'valid';
};

describe('shipped templates', () => {
  it('are three distinct, valid templates, one of them the default', () => {
    expect(shipped.sort()).toEqual(['classic', 'compact', 'modern']);
    const loaded = shipped.map((id) => loadTemplate(undefined, id));
    expect(new Set(loaded.map((t) => t.template.colors.primary)).size).toBe(3);
    expect(loadTemplate(undefined, undefined).id).toBe('classic');
    expect(loaded.some((t) => t.template.layout.kind === 'sidebar')).toBe(true);
    for (const t of loaded) expect(t.logo?.width).toBeGreaterThan(0);
  });
  it('use fonts covering Latin Extended (checked when loading)', () => {
    expect(LATIN_EXTENDED_SAMPLE).toContain('ł');
    expect(loadTemplate(undefined, 'modern').fonts.regular.family).toBe('Figtree');
  });
});

describe('template validation names the bad field', () => {
  it.each([
    [(j: Record<string, unknown>) => ({ ...j, colors: { ...(j.colors as object), accent: 'teal' } }), 'colors.accent: expected a colour like #1F4E79'],
    [(j: Record<string, unknown>) => ({ ...j, colour: {} }), 'colour: unknown field'],
    [(j: Record<string, unknown>) => ({ ...j, firm: {} }), 'firm.name: is required'],
    [(j: Record<string, unknown>) => ({ ...j, logo: { file: '../../etc/passwd.png' } }), 'logo.file: expected a file inside the template folder'],
    [(j: Record<string, unknown>) => ({ ...j, footer: { left: [['{candidate.email}']] } }), 'footer.left.0.0: unknown placeholder {candidate.email}'],
    [(j: Record<string, unknown>) => ({ ...j, sections: { order: ['skills', 'skills'] } }), 'sections.order: expected each section kind once'],
    [(j: Record<string, unknown>) => ({ ...j, page: { size: 'A3', margins: { top: 1, right: 1, bottom: 1, left: 1 } } }), 'page.size'],
  ])('%#', (change, message) => {
    expect(errorOf(change(classic()))).toContain(message);
  });
  it('accepts the shipped file as is', () => expect(errorOf(classic())).toBe('valid'));
});
