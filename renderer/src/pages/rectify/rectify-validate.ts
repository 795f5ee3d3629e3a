import type { ContactList, CvDraft } from './rectify-draft';

export type FieldProblem = 'email' | 'phone' | 'duplicate';

/** Problems by field: `emails.0`, `phones.2`… Empty rows are not problems; they are dropped on save. */
export type DraftProblems = Readonly<Record<string, FieldProblem>>;

/** One address, no spaces, a dot in the domain and a top-level domain of letters (any script). */
const EMAIL = /^[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;
/** Digits with the usual separators and an optional leading +; at least 6 digits, at most 15 (E.164). */
const PHONE = /^\+?[\d\s()./-]+$/;

export const isEmail = (value: string): boolean => EMAIL.test(value.trim());

export const isPhone = (value: string): boolean => {
  const v = value.trim();
  const digits = v.replace(/\D/g, '').length;
  return PHONE.test(v) && digits >= 6 && digits <= 15;
};

const listProblems = (draft: CvDraft, list: ContactList, valid: (v: string) => boolean, problem: FieldProblem): [string, FieldProblem][] => {
  const seen = new Set<string>();
  return draft[list].flatMap((raw, i): [string, FieldProblem][] => {
    const v = raw.trim();
    if (v === '') return [];
    if (!valid(v)) return [[`${list}.${i}`, problem]];
    const key = v.toLowerCase().replace(/\s+/g, '');
    if (seen.has(key)) return [[`${list}.${i}`, 'duplicate']];
    seen.add(key);
    return [];
  });
};

export const validateDraft = (draft: CvDraft): DraftProblems =>
  Object.fromEntries([
    ...listProblems(draft, 'emails', isEmail, 'email'),
    ...listProblems(draft, 'phones', isPhone, 'phone'),
    ...listProblems(draft, 'links', () => true, 'duplicate'),
  ]);
