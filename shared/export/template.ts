import { z } from 'zod';
import { SectionKind } from '../cv/model';
import {
  AssetPath,
  BodyFonts,
  Colour,
  Furniture,
  HeadingFont,
  HeadingOverrides,
  Layout,
  Margins,
  Millimetres,
  PerLanguage,
  TemplateText,
  Typography,
} from './template-parts';

/**
 * `templates/<name>/template.json`: a firm's company-CV style. Paths are relative to the template's
 * folder, or `@fonts/…` for the fonts shipped with the app. Lengths are in millimetres, type sizes
 * in points. Unknown fields are refused so a typo does not silently fall back to a default.
 */
export const TEMPLATE_SCHEMA_VERSION = 1;

/** The template used when the user picks none. */
export const DEFAULT_TEMPLATE_ID = 'classic';

export const Firm = z
  .object({
    name: z.string().min(1, 'expected the firm name'),
    address: z.string().optional(),
    phone: z.string().optional(),
    email: z.string().optional(),
    website: z.string().optional(),
  })
  .strict();

export const Logo = z
  .object({
    /** PNG: both renderers embed it as is (pdf-lib and Word take PNG; SVG would need a rasteriser). */
    file: AssetPath(['.png']),
    /** Printed height; the width follows the image's aspect ratio. */
    height: Millimetres(60).default(12),
    /** Print the firm name beside the logo (for logos that are a mark without the name). */
    showFirmName: z.boolean().default(true),
  })
  .strict();

export const Colours = z
  .object({ primary: Colour, accent: Colour, text: Colour, muted: Colour, rule: Colour })
  .strict();

export const Template = z
  .object({
    schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION, { error: `expected ${TEMPLATE_SCHEMA_VERSION}` }),
    /** Shown in the template picker. */
    name: z.string().min(1, 'expected a display name'),
    description: z.string().optional(),
    firm: Firm,
    logo: Logo.optional(),
    colors: Colours,
    fonts: z.object({ body: BodyFonts, heading: HeadingFont.optional() }).strict(),
    page: z
      .object({ size: z.enum(['A4', 'Letter']).default('A4'), margins: Margins })
      .strict(),
    typography: Typography.default(Typography.parse({})),
    /** Running header from page 2 on (page 1 carries the title block). */
    header: Furniture.default({ left: [], right: [] }),
    /** Footer on every page. */
    footer: Furniture.default({ left: [], right: [] }),
    sections: z
      .object({
        order: z.array(SectionKind).refine((kinds) => new Set(kinds).size === kinds.length, 'expected each section kind once'),
        headings: PerLanguage(HeadingOverrides).default({}),
      })
      .strict(),
    naming: z
      .object({ blind: z.enum(['reference', 'initials']), named: z.enum(['first-name-initial', 'full-name']) })
      .strict(),
    /** Whether the city/region stays in blind mode (street addresses never do). */
    blindKeepsLocation: z.boolean().default(true),
    /** "Confidential — prepared by {firm.name}" per language; the default wording when absent. */
    confidential: PerLanguage(TemplateText).default({}),
    layout: Layout.default({ kind: 'single' }),
  })
  .strict();
export type Template = z.infer<typeof Template>;
export type TemplateInput = z.input<typeof Template>;
export type TemplateLayout = Template['layout'];
export type SidebarLayout = Extract<TemplateLayout, { kind: 'sidebar' }>;
export type TemplateTypography = Template['typography'];
export type TemplateFurniture = Template['footer'];
export type FurnitureLine = TemplateFurniture['left'][number];

const describePath = (path: readonly PropertyKey[]): string =>
  path.map((p) => (typeof p === 'symbol' ? p.toString() : String(p))).join('.');

const describeIssue = (issue: z.core.$ZodIssue): string => {
  if (issue.code === 'unrecognized_keys') {
    const where = describePath(issue.path);
    return issue.keys.map((k) => `${where ? `${where}.` : ''}${k}: unknown field`).join('; ');
  }
  const where = describePath(issue.path) || '(template)';
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  return `${where}: ${missing ? 'is required' : issue.message}`;
};

/**
 * Validates a parsed template.json. The error names the first bad field and what was expected,
 * e.g. "colors.accent: expected a colour like #1F4E79", so a firm can fix its file unaided.
 */
export const parseTemplate = (json: unknown): Template | { error: string } => {
  const result = Template.safeParse(json);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  return { error: first ? describeIssue(first) : 'template: invalid' };
};

export const isTemplateError = (value: Template | { error: string }): value is { error: string } =>
  'error' in value && typeof value.error === 'string';
