import { en, type MessageKey, type Translator } from '../../../../shared/i18n';

const isKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(en, key);

// These keys take no parameters; the generic signature cannot see that for a computed key.
const plain = (t: Translator['t'], key: MessageKey): string => (t as (k: MessageKey) => string)(key);

/** "Phone", "Health"…; a type the UI does not know yet is shown as the core named it. */
export const typeLabel = (t: Translator['t'], type: string): string => {
  const key = `review.type.${type}`;
  return isKey(key) ? plain(t, key) : type;
};

/** A section kind, or one of the places outside sections (top of the CV, file properties, photo). */
export const sectionLabel = (t: Translator['t'], section: string): string => {
  const own = `review.section.${section}`;
  if (isKey(own)) return plain(t, own);
  const kind = `section.${section}`;
  return isKey(kind) ? plain(t, kind) : section;
};
