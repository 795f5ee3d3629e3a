const MAX_VALUE = 1000;

/** A metadata value as plain one-line text: control characters become spaces, length is capped. */
export const metadataText = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  let out = '';
  for (const ch of value) out += (ch.codePointAt(0) ?? 0) < 0x20 ? ' ' : ch;
  const t = out.trim();
  return t ? t.slice(0, MAX_VALUE) : undefined;
};
