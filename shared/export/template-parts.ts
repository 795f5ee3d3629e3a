import { z } from 'zod';
import { SectionKind } from '../cv/model';

/** Building blocks of the template schema (template.ts), each with a message that says what fits. */

export const Colour = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'expected a colour like #1F4E79');

/** Lengths on the page are in millimetres: what a designer measures on a printed A4. */
export const Millimetres = (max: number) =>
  z.number({ error: 'expected a length in millimetres' }).min(0, 'expected 0 or more millimetres').max(max, `expected at most ${max} mm`);

export const Points = (min: number, max: number) =>
  z.number({ error: 'expected a size in points' }).min(min, `expected at least ${min} pt`).max(max, `expected at most ${max} pt`);

/** The shared font folder shipped with the app, usable by every template folder. */
export const SHARED_FONTS_PREFIX = '@fonts/';

/**
 * Relative paths only, without '..', so a template from a user folder cannot make the app read
 * files outside that folder (or outside the app's shared font folder).
 */
const isSafeRelativePath = (p: string): boolean => {
  const rest = p.startsWith(SHARED_FONTS_PREFIX) ? p.slice(SHARED_FONTS_PREFIX.length) : p;
  if (rest.length === 0 || rest.includes('\\') || rest.includes('\0') || rest.startsWith('/')) return false;
  if (/^[A-Za-z]:/.test(rest)) return false;
  return rest.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
};

export const AssetPath = (extensions: readonly string[]) =>
  z
    .string({ error: 'expected a file name' })
    .refine(isSafeRelativePath, 'expected a file inside the template folder (or @fonts/…), without ".."')
    .refine(
      (p) => extensions.some((ext) => p.toLowerCase().endsWith(ext)),
      `expected a ${extensions.join(' or ')} file`,
    );

export const FontFile = AssetPath(['.ttf', '.otf']);

export const BodyFonts = z
  .object({
    /** The family name Word shows; also used when the DOCX does not embed the files. */
    family: z.string().min(1, 'expected a font family name'),
    regular: FontFile,
    bold: FontFile,
    italic: FontFile,
  })
  .strict();

export const HeadingFont = z
  .object({
    family: z.string().min(1, 'expected a font family name'),
    /** One face is enough for headings; `bold` says whether that face is a bold one. */
    file: FontFile,
    bold: z.boolean().default(true),
  })
  .strict();

export const Margins = z
  .object({ top: Millimetres(60), right: Millimetres(60), bottom: Millimetres(60), left: Millimetres(60) })
  .strict();

export const PLACEHOLDERS = [
  'firm.name',
  'firm.address',
  'firm.phone',
  'firm.email',
  'firm.website',
  'consultant.name',
  'consultant.phone',
  'consultant.email',
  'candidate',
  'reference',
  'date',
  'confidential',
  'page',
  'pages',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const unknownPlaceholder = (text: string): string | undefined =>
  [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '').find((name) => !(PLACEHOLDERS as readonly string[]).includes(name));

/** A template text with placeholders such as `{consultant.name}`; an unknown one is refused by name. */
export const TemplateText = z.string().superRefine((text, ctx) => {
  const bad = unknownPlaceholder(text);
  if (bad !== undefined) ctx.addIssue({ code: 'custom', message: `unknown placeholder {${bad}}` });
});

/**
 * One printed line made of parts, e.g. ["{consultant.name}", "{consultant.phone}"]. A part whose
 * placeholder is empty is left out with its separator, so missing details leave no gap.
 */
export const FurnitureLine = z.array(TemplateText);

export const Furniture = z
  .object({ left: z.array(FurnitureLine).default([]), right: z.array(FurnitureLine).default([]) })
  .strict();

export const HeadingOverrides = z.partialRecord(SectionKind, z.string().min(1));

export const PerLanguage = <T extends z.ZodType>(value: T) =>
  z.object({ nl: value.optional(), fr: value.optional(), en: value.optional(), de: value.optional() }).strict();

export const Typography = z
  .object({
    baseSize: Points(7, 14).default(10),
    lineHeight: z.number().min(1, 'expected a line height of at least 1').max(2.2, 'expected a line height of at most 2.2').default(1.4),
    nameSize: Points(12, 40).default(24),
    headlineSize: Points(8, 20).default(12),
    headingSize: Points(8, 20).default(12),
    /** Upper-case headings with a little tracking read as small caps in print. */
    headingCase: z.enum(['upper', 'as-written']).default('as-written'),
    headingTracking: z.number().min(0).max(3, 'expected at most 3 pt').default(0),
    /** 'below': a full-width rule under the heading; 'after': a rule from its end to the margin; 'bar': a short accent bar. */
    headingRule: z.enum(['below', 'after', 'bar', 'none']).default('below'),
    bullet: z.string().min(1).max(2, 'expected one bullet character').default('•'),
    tags: z.enum(['inline', 'chips']).default('inline'),
    /** 'period-left': the period in a narrow left column, good for long CVs. */
    entryLayout: z.enum(['stacked', 'period-left']).default('stacked'),
    periodWidth: Millimetres(60).default(30),
  })
  .strict();

export const SingleLayout = z.object({ kind: z.literal('single') }).strict();

export const SidebarLayout = z
  .object({
    kind: z.literal('sidebar'),
    side: z.enum(['left', 'right']).default('left'),
    /** Width of the coloured band, margin included. */
    width: Millimetres(110),
    sections: z.array(SectionKind).min(1, 'expected at least one section kind for the sidebar'),
    /** The band's fill and the text on it. */
    background: Colour,
    text: Colour,
    muted: Colour,
  })
  .strict();

export const Layout = z.discriminatedUnion('kind', [SingleLayout, SidebarLayout]);
