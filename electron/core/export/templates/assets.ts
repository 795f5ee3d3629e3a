import fontkit from '@pdf-lib/fontkit';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { SHARED_FONTS_PREFIX } from '../../../../shared/export/template-parts';
import { CoreError } from '../../errors';

/** Letters of NL/FR/DE/PL/TR/HU/ES/NO names a client CV must print as written. */
export const LATIN_EXTENDED_SAMPLE = 'éëèçàâêîôûüöäïñøåłśźżşğőűčšžćđı';

const MAX_FONT_BYTES = 8 * 1024 * 1024;
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export const invalid = (templateId: string, detail: string): CoreError =>
  new CoreError('TEMPLATE_INVALID', `Template "${templateId}" cannot be used: ${detail}`);

/** A template's file: inside its own folder, or `@fonts/…` in the app's shared font folder. */
export const assetPath = (templateDir: string, fontsDir: string, relative: string): string => {
  const [base, rest] = relative.startsWith(SHARED_FONTS_PREFIX) ? [fontsDir, relative.slice(SHARED_FONTS_PREFIX.length)] : [templateDir, relative];
  const full = resolve(base, rest);
  // The schema already refuses '..'; this also catches a folder that is itself a link elsewhere.
  if (!full.startsWith(resolve(base) + sep)) throw new Error('outside the template folder');
  return full;
};

const readLimited = (path: string, max: number): Uint8Array => {
  const size = statSync(path).size;
  if (size > max) throw new Error(`larger than ${Math.round(max / 1024 / 1024)} MB`);
  return new Uint8Array(readFileSync(path));
};

export interface FontFile {
  readonly bytes: Uint8Array;
  /** The family and style names inside the file (the DOCX names its fonts by them). */
  readonly family: string;
}

/** Reads and checks one font: a TrueType/OpenType file whose glyphs cover Latin Extended. */
export const loadFont = (templateId: string, field: string, path: string): FontFile => {
  let bytes: Uint8Array;
  try {
    bytes = readLimited(path, MAX_FONT_BYTES);
  } catch (e) {
    throw invalid(templateId, `${field}: ${e instanceof Error && /larger/.test(e.message) ? e.message : 'file not found'}`);
  }
  let font: ReturnType<typeof fontkit.create>;
  try {
    font = fontkit.create(Buffer.from(bytes));
  } catch {
    throw invalid(templateId, `${field}: not a TrueType or OpenType font`);
  }
  if (!('hasGlyphForCodePoint' in font)) throw invalid(templateId, `${field}: a font collection, expected one font`);
  const missing = [...LATIN_EXTENDED_SAMPLE].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
  if (missing.length > 0) throw invalid(templateId, `${field}: the font has no glyphs for ${missing.join(' ')} (Latin Extended is required)`);
  return { bytes, family: font.familyName ?? 'Font' };
};

export interface LogoFile {
  readonly bytes: Uint8Array;
  readonly width: number;
  readonly height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Reads a PNG's size from its IHDR chunk; anything else is refused. */
export const loadLogo = (templateId: string, path: string): LogoFile => {
  let bytes: Uint8Array;
  try {
    bytes = readLimited(path, MAX_LOGO_BYTES);
  } catch (e) {
    throw invalid(templateId, `logo.file: ${e instanceof Error && /larger/.test(e.message) ? e.message : 'file not found'}`);
  }
  const isPng = PNG_SIGNATURE.every((b, i) => bytes[i] === b) && String.fromCharCode(...bytes.slice(12, 16)) === 'IHDR';
  if (!isPng) throw invalid(templateId, 'logo.file: not a PNG image');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0 || width > 8000 || height > 8000) throw invalid(templateId, 'logo.file: implausible image size');
  return { bytes, width, height };
};

export const fontsDirOf = (builtinDir: string): string => join(builtinDir, '_fonts');
