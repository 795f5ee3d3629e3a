/**
 * Tells the parts of a candidate's page that show the restriction / objection flags that they
 * changed elsewhere on the page, without threading state through the page component.
 */
type Listener = (candidateId: number) => void;

const listeners = new Set<Listener>();

export const onFlagsChanged = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const signalFlagsChanged = (candidateId: number): void => {
  for (const l of [...listeners]) l(candidateId);
};
