import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, TextLine } from '../../../shared/cv/document';
import { extractDocument } from '../../../electron/core/intake/extract';
import { buildPdf, paragraph, type PageSpec, type Placed } from './support/pdf';

const extract = async (pages: PageSpec[]): Promise<ExtractedDocument> => extractDocument(await buildPdf(pages));
const texts = (lines: readonly TextLine[]): string[] => lines.map((l) => l.text);

const MAIN = [
  'Built the payment platform used by every',
  'customer, moving the nightly batch jobs',
  'to a streaming pipeline and halving the',
  'time between delivery and invoice. Led',
  'a team of five engineers in two offices',
  'and introduced review and delivery habits',
  'that the whole department now follows.',
];
const MAIN_2 = ['Taught the first course on analytical', 'engines to students of the academy and', 'wrote its notes, still read by many today.'];
const SIDEBAR = ['Python', 'TypeScript', 'PostgreSQL', 'Kubernetes', 'Terraform', 'Go'];
const LANGS = ['Dutch (native)', 'French (C1)', 'English (C1)', 'German (B1)'];

/** Lines must appear as one uninterrupted run, in this order. */
const expectRun = (lines: readonly TextLine[], expected: readonly string[]) => {
  const all = texts(lines);
  const start = all.indexOf(expected[0] as string);
  expect(start, `"${expected[0]}" missing`).toBeGreaterThanOrEqual(0);
  expect(all.slice(start, start + expected.length)).toEqual(expected);
};

describe('PDF reading order', () => {
  it('reads two columns one after the other, each top to bottom', async () => {
    const left: Placed[] = [{ text: 'EXPERIENCE', x: 50, y: 100, size: 14, bold: true }, ...paragraph(MAIN, 50, 125, 13.5)];
    const right: Placed[] = [{ text: 'TEACHING', x: 320, y: 100, size: 14, bold: true }, ...paragraph(MAIN_2, 320, 127, 15), { text: 'AWARDS', x: 320, y: 200, size: 14, bold: true }, ...paragraph(['Best lecture prize 1843', 'Royal medal 1850'], 320, 226, 15)];
    const doc = await extract([{ texts: [...left, ...right] }]);
    expect(texts(doc.lines)).toEqual([
      'EXPERIENCE',
      ...MAIN,
      'TEACHING',
      ...MAIN_2,
      'AWARDS',
      'Best lecture prize 1843',
      'Royal medal 1850',
    ]);
    expect(doc.lines.filter((l) => l.text === 'EXPERIENCE' || MAIN.includes(l.text)).every((l) => l.column === 1)).toBe(true);
    expect(doc.lines.filter((l) => l.text === 'TEACHING' || l.text === 'AWARDS').every((l) => l.column === 2)).toBe(true);
  });

  it('reads a full-width name band first, then a left sidebar, then the main column', async () => {
    const band: Placed[] = [
      { text: 'Ada Lovelace', x: 40, y: 60, size: 26, bold: true },
      { text: 'ada@example.org · +32 470 12 34 56 · Brussels, Belgium · linkedin.com/in/ada', x: 40, y: 84, size: 10 },
    ];
    const sidebar: Placed[] = [
      { text: 'SKILLS', x: 40, y: 130, size: 12, bold: true },
      ...paragraph(SIDEBAR, 40, 150, 16),
      { text: 'LANGUAGES', x: 40, y: 270, size: 12, bold: true },
      ...paragraph(LANGS, 40, 290, 16),
    ];
    const main: Placed[] = [
      { text: 'EXPERIENCE', x: 210, y: 131, size: 14, bold: true },
      { text: 'Lead engineer, Analytical Engines Ltd', x: 210, y: 152, size: 11, bold: true },
      ...paragraph(MAIN, 210, 168, 13.7),
      { text: 'EDUCATION', x: 210, y: 290, size: 14, bold: true },
      ...paragraph(MAIN_2, 210, 311, 13.7),
    ];
    const doc = await extract([{ texts: [...main, ...band, ...sidebar] }]);
    expect(texts(doc.lines).slice(0, 2)).toEqual(['Ada Lovelace', band[1]?.text]);
    expect(doc.lines[0]?.column).toBe(0);
    expectRun(doc.lines, ['SKILLS', ...SIDEBAR, 'LANGUAGES', ...LANGS]);
    expectRun(doc.lines, ['EXPERIENCE', 'Lead engineer, Analytical Engines Ltd', ...MAIN, 'EDUCATION', ...MAIN_2]);
    const skills = doc.lines.findIndex((l) => l.text === 'SKILLS');
    const experience = doc.lines.findIndex((l) => l.text === 'EXPERIENCE');
    expect(skills).toBeLessThan(experience);
    expect(doc.lines.filter((l) => SIDEBAR.includes(l.text)).every((l) => l.column === 1)).toBe(true);
    expect(doc.lines.filter((l) => MAIN.includes(l.text)).every((l) => l.column === 2)).toBe(true);
  });

  it('splits a band of side-by-side blocks whose rows line up, under a header and above differently split columns', async () => {
    const band: Placed[] = [
      { text: 'Ada Lovelace', x: 40, y: 60, size: 24, bold: true },
      { text: 'ada@example.org · +32 470 12 34 56 · Brussels, Belgium · linkedin.com/in/ada-lovelace', x: 40, y: 84, size: 10 },
    ];
    const profile = [
      'Engineer with twenty years of experience in',
      'payment platforms and the teams that run them,',
      'at home in finance as well as in operations and',
      'happy to coach the people who join the team.',
    ];
    const details = ['Born: 10/12/1985', 'Nationality: British', 'Driving licence: B', 'Languages: English, French'];
    // Both blocks start on the same row in the same type: row for row they pair like a table.
    const blocks: Placed[] = [
      { text: 'PROFILE', x: 40, y: 130, size: 13, bold: true },
      ...paragraph(profile, 40, 150, 14),
      { text: 'PERSONAL DETAILS', x: 320, y: 130, size: 13, bold: true },
      ...paragraph(details, 320, 150, 14),
    ];
    // Below, a narrow sidebar and a main column: their gutter lies left of the blocks' gutter.
    const body: Placed[] = [
      { text: 'SKILLS', x: 40, y: 240, size: 13, bold: true },
      ...paragraph(SIDEBAR, 40, 260, 16),
      { text: 'EXPERIENCE', x: 210, y: 240, size: 13, bold: true },
      ...paragraph(MAIN, 210, 260, 13.7),
    ];
    const doc = await extract([{ texts: [...body, ...blocks, ...band] }]);
    expect(texts(doc.lines)).toEqual([
      'Ada Lovelace',
      band[1]?.text,
      'PROFILE',
      ...profile,
      'PERSONAL DETAILS',
      ...details,
      'SKILLS',
      ...SIDEBAR,
      'EXPERIENCE',
      ...MAIN,
    ]);
    const column = (text: string) => doc.lines.find((l) => l.text === text)?.column;
    expect([column('Ada Lovelace'), column('PROFILE'), column('PERSONAL DETAILS'), column('SKILLS'), column('EXPERIENCE')]).toEqual([0, 1, 2, 1, 2]);
  });

  it('reads a sidebar on the right after the main column', async () => {
    const main: Placed[] = [{ text: 'PROFILE', x: 50, y: 100, size: 14, bold: true }, ...paragraph(MAIN, 50, 122, 13.2)];
    const sidebar: Placed[] = [{ text: 'SKILLS', x: 400, y: 101, size: 11, bold: true }, ...paragraph(SIDEBAR, 400, 120, 17)];
    const doc = await extract([{ texts: [...sidebar, ...main] }]);
    expect(texts(doc.lines)).toEqual(['PROFILE', ...MAIN, 'SKILLS', ...SIDEBAR]);
  });

  it('keeps a table of dates beside descriptions as rows, not as two columns', async () => {
    const rows: Placed[] = [];
    const entries = [
      ['2019 – 2023', ['Senior engineer, Acme Brussels', 'Built the billing platform and its team.']],
      ['2016 – 2019', ['Engineer, Beta Antwerp', 'Maintained the public website.', 'Moved hosting to the cloud.']],
      ['2012 – 2016', ['Master in computer science, KU Leuven']],
      ['2010 – 2012', ['Bachelor in mathematics, UGent', 'Graduated with honours.']],
    ] as const;
    let y = 100;
    for (const [period, lines] of entries) {
      rows.push({ text: period, x: 50, y, size: 11 });
      lines.forEach((line, i) => rows.push({ text: line, x: 160, y: y + i * 14, size: 11 }));
      y += lines.length * 14 + 12;
    }
    const doc = await extract([{ texts: rows }]);
    expect(texts(doc.lines)).toEqual([
      '2019 – 2023 Senior engineer, Acme Brussels',
      'Built the billing platform and its team.',
      '2016 – 2019 Engineer, Beta Antwerp',
      'Maintained the public website.',
      'Moved hosting to the cloud.',
      '2012 – 2016 Master in computer science, KU Leuven',
      '2010 – 2012 Bachelor in mathematics, UGent',
      'Graduated with honours.',
    ]);
  });

  it('keeps running headers, footers and page numbers apart from the body', async () => {
    const pages: PageSpec[] = [1, 2, 3].map((n) => ({
      texts: [
        { text: 'Curriculum vitae – Ada Lovelace', x: 50, y: 40, size: 9 },
        ...paragraph(n === 1 ? MAIN : MAIN_2, 50, 120, 14),
        { text: `Page ${n} of 3`, x: 270, y: 810, size: 9 },
        { text: `ada@example.org`, x: 460, y: 810, size: 9 },
      ],
    }));
    const doc = await extract(pages);
    const headers = doc.lines.filter((l) => l.region === 'header');
    const footers = doc.lines.filter((l) => l.region === 'footer');
    expect(headers).toHaveLength(3);
    expect(headers.every((l) => l.text === 'Curriculum vitae – Ada Lovelace')).toBe(true);
    expect(footers.map((l) => l.page)).toEqual([1, 2, 3]);
    expect(footers[1]?.text).toBe('Page 2 of 3 ada@example.org');
    expect(texts(doc.lines.filter((l) => l.region === 'body'))).toEqual([...MAIN, ...MAIN_2, ...MAIN_2]);
    // Per page: header first, then body, then footer.
    const page2 = doc.lines.filter((l) => l.page === 2).map((l) => l.region);
    expect(page2[0]).toBe('header');
    expect(page2[page2.length - 1]).toBe('footer');
    expect(doc.pageCount).toBe(3);
  });

  it('reads a form of section labels and dates beside their values row by row, labels alone on their rows', async () => {
    // Europass: right-aligned labels end at x=168, values start at x=186; a label and its value share a baseline.
    const label = (text: string, y: number, size = 8.5): Placed => ({ text, x: 168 - text.length * size * 0.5, y, size });
    const value = (text: string, y: number, size = 9.5): Placed => ({ text, x: 186, y, size });
    const doc = await extract([
      {
        texts: [
          value('Lotte Verbeke', 60, 17),
          value('Kouter 12, 9000 Gent', 84),
          label('WORK EXPERIENCE', 120),
          label('2019 – present', 146),
          value('Data engineer', 146),
          value('Colruyt Group, Halle', 160),
          label('2014 – 2019', 186),
          value('BI consultant', 186),
          value('Cronos, Kontich', 200),
          label('EDUCATION AND TRAINING', 236),
          label('2010 – 2014', 262),
          value('Master of Science in Computer Science', 262),
          value('Ghent University, Gent', 276),
        ],
      },
    ]);
    expect(texts(doc.lines)).toEqual([
      'Lotte Verbeke',
      'Kouter 12, 9000 Gent',
      'WORK EXPERIENCE',
      '2019 – present Data engineer',
      'Colruyt Group, Halle',
      '2014 – 2019 BI consultant',
      'Cronos, Kontich',
      'EDUCATION AND TRAINING',
      '2010 – 2014 Master of Science in Computer Science',
      'Ghent University, Gent',
    ]);
  });

  it('sets a small label apart from the large value on its baseline', async () => {
    const doc = await extract([{ texts: [{ text: 'PERSONAL INFORMATION', x: 72, y: 80, size: 8 }, { text: 'Lotte Verbeke', x: 186, y: 80, size: 15 }, ...paragraph(MAIN, 186, 110, 14)] }]);
    expect(texts(doc.lines).slice(0, 2)).toEqual(['PERSONAL INFORMATION', 'Lotte Verbeke']);
  });

  it('keeps a one-page footer block with its page counter out of the body', async () => {
    const doc = await extract([
      {
        texts: [
          ...paragraph(MAIN, 50, 120, 14),
          { text: 'Page 1 / 1 - Curriculum vitae of', x: 50, y: 800, size: 8 },
          { text: 'Lotte Verbeke', x: 50, y: 810, size: 8 },
        ],
      },
    ]);
    expect(doc.lines.filter((l) => l.region === 'footer').map((l) => l.text)).toEqual(['Page 1 / 1 - Curriculum vitae of', 'Lotte Verbeke']);
    expect(texts(doc.lines.filter((l) => l.region === 'body'))).toEqual(MAIN);
  });

  it('flags a lone page number even on a one-page CV', async () => {
    const doc = await extract([{ texts: [...paragraph(MAIN, 50, 120, 14), { text: '1/1', x: 290, y: 815, size: 9 }] }]);
    expect(doc.lines.find((l) => l.text === '1/1')?.region).toBe('footer');
  });
});
