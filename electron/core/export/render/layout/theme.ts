import type { Template } from '../../../../../shared/export/template';
import type { TextStyle } from './types';

export const MM = 72 / 25.4;
export const mm = (value: number): number => value * MM;

export const PAGE_SIZES = { A4: { width: 595.28, height: 841.89 }, Letter: { width: 612, height: 792 } } as const;

/** Mixes two '#RRGGBB' colours: t = 0 gives a, 1 gives b (tints for chips and rules on the band). */
export const mix = (a: string, b: string, t: number): string => {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
};

/** The colours of one column: the page, or the sidebar's coloured band. */
export interface Palette {
  readonly text: string;
  readonly muted: string;
  readonly heading: string;
  readonly accent: string;
  readonly rule: string;
  readonly chip: string;
  readonly chipText: string;
}

/** Sizes and spacing derived from the template, in points: one place for the document's rhythm. */
export interface Theme {
  readonly base: number;
  readonly leading: number;
  readonly headingSize: number;
  readonly headingCase: Template['typography']['headingCase'];
  readonly headingTracking: number;
  readonly headingRule: Template['typography']['headingRule'];
  readonly bullet: string;
  readonly bulletIndent: number;
  readonly tags: Template['typography']['tags'];
  readonly entryLayout: Template['typography']['entryLayout'];
  readonly periodWidth: number;
  readonly sectionGap: number;
  readonly headingGap: number;
  readonly blockGap: number;
  readonly entryGap: number;
  readonly itemGap: number;
  readonly small: number;
}

export const themeOf = (template: Template): Theme => {
  const t = template.typography;
  const base = t.baseSize;
  return {
    base,
    leading: t.lineHeight,
    headingSize: t.headingSize,
    headingCase: t.headingCase,
    headingTracking: t.headingTracking,
    headingRule: t.headingRule,
    bullet: t.bullet,
    bulletIndent: base * 1.2,
    tags: t.tags,
    entryLayout: t.entryLayout,
    periodWidth: mm(t.periodWidth),
    sectionGap: base * 1.7,
    headingGap: base * 0.7,
    blockGap: base * 0.55,
    entryGap: base * 1.05,
    itemGap: base * 0.18,
    small: Math.max(6.5, base * 0.82),
  };
};

export const mainPalette = (template: Template): Palette => ({
  text: template.colors.text,
  muted: template.colors.muted,
  heading: template.colors.primary,
  accent: template.colors.accent,
  rule: template.colors.rule,
  chip: mix(template.colors.accent, '#FFFFFF', 0.88),
  chipText: mix(template.colors.text, template.colors.primary, 0.5),
});

export const sidebarPalette = (template: Template): Palette => {
  if (template.layout.kind !== 'sidebar') return mainPalette(template);
  const { background, text, muted } = template.layout;
  return {
    text,
    muted,
    heading: text,
    accent: mix(template.colors.accent, text, 0.35),
    rule: mix(background, text, 0.3),
    chip: mix(background, text, 0.16),
    chipText: text,
  };
};

export const style = (font: TextStyle['font'], size: number, color: string, tracking?: number): TextStyle =>
  tracking ? { font, size, color, tracking } : { font, size, color };
