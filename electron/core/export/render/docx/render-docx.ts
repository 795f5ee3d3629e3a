import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, CompanyCv, CompanyCvSection } from '../../../../../shared/export/model';
import { fillLine, formatExportDate, placeholderValues, type PlaceholderValues } from '../../../../../shared/export/placeholders';
import type { FurnitureLine, Template } from '../../../../../shared/export/template';
import type { LoadedTemplate } from '../../templates/registry';
import { PAGE_SIZES } from '../layout/theme';
import { documentTitle } from '../metadata';

/** Word measures in twentieths of a point, type in half points, images in pixels at 96 dpi. */
const TWIP_PER_MM = 1440 / 25.4;
const twip = (mmValue: number) => Math.round(mmValue * TWIP_PER_MM);
const half = (pt: number) => Math.round(pt * 2);
const hex = (c: string) => c.slice(1).toUpperCase();
const PX_PER_MM = 96 / 25.4;

/** Page-number fields stand where the layout prints "{page}/{pages}"; Word fills them in. */
const PAGE_MARK = '⟦PAGE⟧';
const PAGES_MARK = '⟦PAGES⟧';

const furnitureRuns = (text: string, size: number, color: string): ParagraphChild[] =>
  text.split(/(⟦PAGES?⟧)/).filter(Boolean).map((part) =>
    part === PAGE_MARK
      ? new TextRun({ children: [PageNumber.CURRENT], size: half(size), color })
      : part === PAGES_MARK
        ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: half(size), color })
        : new TextRun({ text: part, size: half(size), color }),
  );

/** One paragraph per furniture row: the left line, a right-aligned tab, the right line. */
const furnitureParagraphs = (t: Template, f: { left: FurnitureLine[]; right: FurnitureLine[] }, values: PlaceholderValues, widthTwip: number, border: 'top' | 'bottom'): Paragraph[] => {
  const fill = (lines: FurnitureLine[]) => lines.map((l) => fillLine(l, values)).filter((l): l is string => l !== undefined);
  const left = fill(f.left);
  const right = fill(f.right);
  const rows = Math.max(left.length, right.length);
  const color = hex(t.colors.muted);
  const size = Math.max(6.8, t.typography.baseSize * 0.78);
  return Array.from({ length: rows }, (_, i) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: widthTwip }],
      spacing: { after: 0, line: 260 },
      ...((border === 'top' && i === 0) || (border === 'bottom' && i === rows - 1)
        ? { border: { [border]: { style: BorderStyle.SINGLE, size: 4, color: hex(t.colors.rule), space: 4 } } }
        : {}),
      children: [...furnitureRuns(left[i] ?? '', size, color), new TextRun({ text: '\t', size: half(size) }), ...furnitureRuns(right[i] ?? '', size, color)],
    }),
  );
};

const heading = (t: Template, s: CompanyCvSection): Paragraph =>
  new Paragraph({
    keepNext: true,
    spacing: { before: 260, after: 100 },
    border: t.typography.headingRule === 'none' ? undefined : { bottom: { style: BorderStyle.SINGLE, size: 6, color: hex(t.typography.headingRule === 'below' ? t.colors.rule : t.colors.accent), space: 2 } },
    children: [
      new TextRun({
        text: t.typography.headingCase === 'upper' ? s.heading.toLocaleUpperCase() : s.heading,
        font: t.fonts.heading?.family ?? t.fonts.body.family,
        bold: true,
        size: half(t.typography.headingSize),
        color: hex(t.colors.primary),
        characterSpacing: Math.round(t.typography.headingTracking * 20),
      }),
    ],
  });

const para = (text: string, opts: IParagraphOptions = {}): Paragraph => new Paragraph({ spacing: { after: 60 }, ...opts, children: [new TextRun(text)] });

const bullet = (text: string, keepNext = false): Paragraph => new Paragraph({ numbering: { reference: 'cv-bullets', level: 0 }, keepNext, spacing: { after: 30 }, children: [new TextRun(text)] });

const blockParagraphs = (t: Template, b: Block): Paragraph[] => {
  switch (b.type) {
    case 'paragraph':
      return [para(b.text)];
    case 'bullets':
      return b.items.map((i) => bullet(i));
    case 'tags':
      return [para(b.items.join('  ·  '))];
    case 'entry': {
      const hasBody = b.lines.length + b.bullets.length > 0;
      const widthTwip = twip(pageWidthMm(t) - t.page.margins.left - t.page.margins.right);
      const head = new Paragraph({
        keepNext: true,
        keepLines: true,
        spacing: { before: 160, after: 20 },
        tabStops: [{ type: TabStopType.RIGHT, position: widthTwip }],
        children: [
          new TextRun({ text: b.title ?? b.organisation ?? '', bold: true }),
          ...(b.period ? [new TextRun({ text: `\t${b.period}`, size: half(t.typography.baseSize * 0.85), color: hex(t.colors.accent), bold: true })] : []),
        ],
      });
      const org = b.title && (b.organisation || b.location)
        ? [new Paragraph({
            keepNext: hasBody,
            spacing: { after: 60 },
            children: [
              ...(b.organisation ? [new TextRun({ text: b.organisation, color: hex(t.colors.primary) })] : []),
              ...(b.location ? [new TextRun({ text: `${b.organisation ? '  ·  ' : ''}${b.location}`, color: hex(t.colors.muted), size: half(t.typography.baseSize * 0.85) })] : []),
            ],
          })]
        : [];
      return [head, ...org, ...b.lines.map((l) => para(l)), ...b.bullets.map((x) => bullet(x))];
    }
  }
};

const pageWidthMm = (t: Template) => (PAGE_SIZES[t.page.size].width * 25.4) / 72;

const titleParagraphs = (t: LoadedTemplate, cv: CompanyCv): Paragraph[] => {
  const tpl = t.template;
  const logo = t.logo && tpl.logo
    ? [new ImageRun({
        type: 'png',
        data: t.logo.bytes,
        transformation: { width: Math.round((t.logo.width / t.logo.height) * tpl.logo.height * PX_PER_MM), height: Math.round(tpl.logo.height * PX_PER_MM) },
        altText: { name: tpl.firm.name, description: tpl.firm.name, title: tpl.firm.name },
      })]
    : [];
  const firmLine = new Paragraph({
    spacing: { after: 200 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: hex(tpl.colors.accent), space: 6 } },
    children: [...logo, ...(tpl.logo?.showFirmName !== false || logo.length === 0 ? [new TextRun({ text: `${logo.length ? '   ' : ''}${tpl.firm.name}`, font: tpl.fonts.heading?.family ?? tpl.fonts.body.family, bold: true, size: half(14), color: hex(tpl.colors.primary) })] : [])],
  });
  const meta = [cv.location, cv.candidateLabel !== cv.reference ? cv.reference : undefined, formatExportDate(cv.date, cv.language)].filter((x): x is string => !!x);
  return [
    firmLine,
    new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: cv.candidateLabel, font: tpl.fonts.heading?.family ?? tpl.fonts.body.family, bold: true, size: half(tpl.typography.nameSize), color: hex(tpl.colors.primary) })] }),
    ...(cv.headline ? [new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: cv.headline, size: half(tpl.typography.headlineSize), color: hex(tpl.colors.accent) })] })] : []),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: meta.join('   |   '), size: half(tpl.typography.baseSize * 0.9), color: hex(tpl.colors.muted) })] }),
  ];
};

/**
 * The same company CV as an editable Word file: real headings, bullets and tab-aligned periods, so
 * a consultant can adjust it before sending. A sidebar template's sidebar sections follow the main
 * ones (one column edits better in Word). Core properties carry the firm and the reference only.
 */
export const renderDocx = async (cv: CompanyCv, t: LoadedTemplate): Promise<Uint8Array> => {
  const tpl = t.template;
  const base = placeholderValues(cv, tpl);
  const values: PlaceholderValues = { ...base, page: PAGE_MARK, pages: PAGES_MARK };
  const size = PAGE_SIZES[tpl.page.size];
  const m = tpl.page.margins;
  const widthTwip = twip(pageWidthMm(tpl) - m.left - m.right);
  const sidebarKinds = tpl.layout.kind === 'sidebar' ? new Set<string>(tpl.layout.sections) : new Set<string>();
  const ordered = [...cv.sections.filter((s) => !sidebarKinds.has(s.kind)), ...cv.sections.filter((s) => sidebarKinds.has(s.kind))];
  const children = [...titleParagraphs(t, cv), ...ordered.flatMap((s) => [heading(tpl, s), ...s.blocks.flatMap((b) => blockParagraphs(tpl, b))])];
  const footer = () => new Footer({ children: furnitureParagraphs(tpl, tpl.footer, values, widthTwip, 'top') });
  const doc = new Document({
    title: documentTitle(cv, tpl),
    creator: tpl.firm.name,
    lastModifiedBy: 'CVault',
    description: '',
    revision: 1,
    styles: {
      default: {
        document: { run: { font: tpl.fonts.body.family, size: half(tpl.typography.baseSize), color: hex(tpl.colors.text) }, paragraph: { spacing: { line: Math.round(240 * Math.min(tpl.typography.lineHeight, 1.3)) } } },
      },
    },
    numbering: {
      config: [{ reference: 'cv-bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } }, run: { color: hex(tpl.colors.accent) } } }] }],
    },
    fonts: [
      { name: tpl.fonts.body.family, data: Buffer.from(t.fonts.regular.bytes), bold: Buffer.from(t.fonts.bold.bytes), italic: Buffer.from(t.fonts.italic.bytes) },
      ...(tpl.fonts.heading && tpl.fonts.heading.family !== tpl.fonts.body.family ? [{ name: tpl.fonts.heading.family, data: Buffer.from(t.fonts.heading.bytes) }] : []),
    ],
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: Math.round(size.width * 20), height: Math.round(size.height * 20) }, margin: { top: twip(m.top), right: twip(m.right), bottom: twip(m.bottom), left: twip(m.left), header: twip(Math.max(6, m.top / 2)), footer: twip(Math.max(6, m.bottom / 2)) } },
        },
        headers: { first: new Header({ children: [] }), default: new Header({ children: furnitureParagraphs(tpl, tpl.header, values, widthTwip, 'bottom') }) },
        footers: { first: footer(), default: footer() },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
};
