import { useState } from 'react';

/** A "saved" confirmation that goes away again as soon as a field is edited after the save. */
export function useSavedFlag() {
  const [saved, setSaved] = useState(false);
  /** Wraps a field's setter so that editing the field clears the confirmation. */
  const edited =
    <T>(set: (v: T) => void) =>
    (v: T): void => {
      set(v);
      setSaved(false);
    };
  return { saved, setSaved, edited };
}
