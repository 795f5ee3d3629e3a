import { special } from '../finding';
import { LANGUAGE_LEVEL_SOURCES } from '../lexicon/language-levels';
import { NATIONALITY_WORDS, ORIGIN_WORDS } from '../lexicon/nationalities';
import { fold } from '../text/fold';
import { blank, escapeRegExp, trimSpan, wordsRx } from '../text/patterns';
import { splitStatements } from '../text/statements';
import type { Block } from '../units';
import type { SpecialFinding, TextUnit } from '../types';
import { CATEGORIES, type CategoryRules } from './categories';
import { FIRST_PERSON, MEMBERSHIP, PERSONAL_SECTIONS, SELF } from './markers';

interface Compiled {
  rules: CategoryRules;
  strong: RegExp;
  weak: RegExp;
  label?: RegExp;
  exclude?: RegExp;
  domain?: RegExp;
}

const COMPILED: readonly Compiled[] = CATEGORIES.map((rules) => ({
  rules,
  strong: wordsRx(rules.strong, 'u'),
  weak: wordsRx(rules.weak, 'u'),
  // "Religion: …", "Politiek – …"; not "Politik- und Sozialwissenschaften".
  ...(rules.labels.length ? { label: new RegExp(`^\\W*(?:${rules.labels.join('|')})(?:\\s*[:=]|\\s+[–-]\\s)`, 'u') } : {}),
  ...(rules.exclude.length ? { exclude: wordsRx(rules.exclude, 'gu') } : {}),
  ...(rules.domain.length ? { domain: wordsRx(rules.domain, 'u') } : {}),
}));
const SELF_RX = wordsRx(SELF, 'u');
const FIRST_RX = wordsRx(FIRST_PERSON, 'u');
const MEMBER_RX = wordsRx(MEMBERSHIP, 'u');
// Plural and inflected forms too: "mineurs italiens", "Marokkaanse", "türkischen".
const ORIGIN_RX = wordsRx([...NATIONALITY_WORDS, ...ORIGIN_WORDS].map((w) => `${escapeRegExp(w).replace(/ /g, '\\s+')}(?:s|es|n|en|e|er|em)?`), 'u');
const LANGUAGE_CUE = wordsRx([...LANGUAGE_LEVEL_SOURCES], 'u');

const BULLET_START = /^\s*[•·▪●◦■►▸*–—-]\s/u;
/** A line at least this long that ends without punctuation was wrapped by the layout. */
const WRAPPED_LINE = 35;
/** "Bank account: …": a label and its value, which never runs on into the next line's sentence. */
const LABEL_LINE = /^[^:]{1,30}:\s/u;

/** One statement of a block: its folded text and where it sits in the block's joined text. */
interface Statement {
  start: number;
  end: number;
}

/** A block's units joined by newlines, with the offset each unit starts at. */
const joinBlock = (units: readonly TextUnit[]): { text: string; offsets: number[] } => {
  const offsets: number[] = [];
  let text = '';
  for (const u of units) {
    if (text) text += '\n';
    offsets.push(text.length);
    text += u.text;
  }
  return { text, offsets };
};

/**
 * Statements of a block. A line break ends a statement unless the next line continues the
 * sentence (starts in lower case after a line with no closing punctuation): PDFs wrap sentences.
 */
const statementsOf = (text: string): Statement[] => {
  const out: Statement[] = [];
  const lines = text.split('\n');
  let from = 0;
  let chunkStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    const lineEnd = from + line.length;
    const continues =
      next !== undefined &&
      line.trim() !== '' &&
      !/[.!?:]\s*$/u.test(line) &&
      !BULLET_START.test(next) &&
      // Lower case, a number or a bracket goes on; so does anything after a long line (German nouns are capitalised).
      (/^\s*[\p{Ll}\p{N}(]/u.test(next) || (line.trim().length >= WRAPPED_LINE && /[\p{L},]\s*$/u.test(line) && !LABEL_LINE.test(line)));
    if (!continues) {
      const chunk = text.slice(chunkStart, lineEnd).replace(/\n/g, ' ');
      for (const [s, e] of splitStatements(chunk)) out.push({ start: chunkStart + s, end: chunkStart + e });
      chunkStart = lineEnd + 1;
    }
    from = lineEnd + 1;
  }
  return out;
};

interface Verdict {
  confidence: number;
  rule: string;
}

const judge = (c: Compiled, folded: string, section: string): Verdict | undefined => {
  const { rules } = c;
  const text = c.exclude ? folded.replace(c.exclude, (m) => ' '.repeat(m.length)) : folded;
  const cat = rules.category;
  if (c.label?.test(text)) return { confidence: 0.95, rule: `${cat}.label` };
  const self = SELF_RX.test(text);
  const languageLine = section === 'languages' || LANGUAGE_CUE.test(text);
  // A language-skills line names languages, not origins ("Berbers – moedertaal").
  if (cat === 'ethnic-origin' && languageLine && !c.weak.test(text)) return undefined;
  const domain = c.domain?.test(text) ?? false;
  if (c.strong.test(text)) {
    // In personal details and interests a statement is about the candidate, whatever words it uses.
    if (domain && !self && !PERSONAL_SECTIONS.has(section)) return undefined;
    return { confidence: 0.9, rule: `${cat}.term` };
  }
  if (!c.weak.test(text)) return undefined;
  for (const need of rules.weakNeeds) {
    if (need === 'self' && self && !domain) return { confidence: 0.85, rule: `${cat}.term-self` };
    if (need === 'self' && FIRST_RX.test(text) && !domain && cat !== 'health') return { confidence: 0.8, rule: `${cat}.term-first-person` };
    if (need === 'membership' && MEMBER_RX.test(text)) return { confidence: 0.85, rule: `${cat}.term-membership` };
    if (need === 'section' && PERSONAL_SECTIONS.has(section) && !domain) return { confidence: 0.75, rule: `${cat}.term-personal-section` };
    if (need === 'origin' && ORIGIN_RX.test(text)) return { confidence: 0.85, rule: `${cat}.origin` };
  }
  return undefined;
};

/** Special-category statements of one block; `masked` holds spans (per unit path) to ignore, e.g. the name. */
export const findSpecial = (block: Block, masked: ReadonlyMap<string, readonly [number, number][]>): SpecialFinding[] => {
  const units = block.units.filter((u) => u.kind !== 'title');
  const masked2 = units.map((u) => blank(u.text, masked.get(u.path) ?? []));
  const { text, offsets } = joinBlock(units.map((u, i) => ({ ...u, text: masked2[i] ?? u.text })));
  const out: SpecialFinding[] = [];
  for (const st of statementsOf(text)) {
    const folded = fold(text.slice(st.start, st.end)).text;
    for (const c of COMPILED) {
      const verdict = judge(c, folded, block.section);
      if (!verdict) continue;
      units.forEach((u, i) => {
        const base = offsets[i] ?? 0;
        const s = Math.max(st.start, base) - base;
        const e = Math.min(st.end, base + u.text.length) - base;
        if (e <= s) return;
        const [ts, te] = trimSpan(u.text, s, e);
        if (te > ts) out.push(special(u, ts, te, c.rules.category, verdict.confidence, verdict.rule));
      });
    }
  }
  return out;
};
