import type { Run } from './types';

/**
 * Drops text painted twice at (almost) the same spot: a common way to fake bold or a shadow.
 * The copy that stays is marked bold when the two were offset, as a reader would see it.
 */
export const removeOverlaidDuplicates = (runs: readonly Run[]): Run[] => {
  const seen = new Map<string, Run[]>();
  const kept: Run[] = [];
  for (const run of runs) {
    if (run.blank) {
      kept.push(run);
      continue;
    }
    const key = run.text.trim();
    const same = seen.get(key);
    const tol = Math.max(1, 0.25 * run.size);
    const twin = same?.find(
      (s) =>
        s.rotated === run.rotated &&
        Math.abs(s.x0 - run.x0) <= tol &&
        Math.abs(s.base - run.base) <= tol &&
        Math.abs(s.size - run.size) <= 0.2 * s.size,
    );
    if (twin) {
      if (Math.abs(twin.x0 - run.x0) > 0.05 || Math.abs(twin.base - run.base) > 0.05) twin.bold = true;
      continue;
    }
    if (same) same.push(run);
    else seen.set(key, [run]);
    kept.push(run);
  }
  return kept;
};
